import Templates

extension TemplateValue {
    /// YAML written in `site.yml` or a front matter as a template reads it: text stays text as written, lists become
    /// lists, groups become groups.
    static func from(_ node: YAMLNode) -> TemplateValue {
        switch node.value {
        case .scalar(let text, _):
            return .text(text)
        case .sequence(let items):
            return .list(items.map(from))
        case .mapping(let entries):
            var group: TemplateValues = [:]
            for entry in entries { group[entry.key] = from(entry.value) }
            return .group(group)
        }
    }

    /// Every node of `nodes` as template values.
    static func from(_ nodes: [String: YAMLNode]) -> TemplateValues {
        nodes.mapValues(from)
    }

    /// Every key of the groups among `values`, at any depth.
    static func keys(in values: [TemplateValue]) -> Set<String> {
        var keys: Set<String> = []
        var pending = values
        while let value = pending.popLast() {
            switch value {
            case .group(let group):
                keys.formUnion(group.keys)
                pending += group.values
            case .list(let items):
                pending += items
            case .text, .bool, .number, .deferred:
                break
            }
        }
        return keys
    }
}
