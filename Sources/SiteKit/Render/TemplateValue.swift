/// What a template receives: text, booleans, numbers, lists and nested groups, all `Sendable`.
public typealias TemplateValues = [String: any Sendable]

/// Turns YAML written in `site.yml` or a front matter into the plain values a template reads.
enum TemplateValue {
    /// Text stays text as written; lists become arrays; groups become dictionaries.
    static func from(_ node: YAMLNode) -> any Sendable {
        switch node.value {
        case .scalar(let text, _):
            return text
        case .sequence(let items):
            return items.map(from)
        case .mapping(let entries):
            var dictionary: TemplateValues = [:]
            for entry in entries { dictionary[entry.key] = from(entry.value) }
            return dictionary
        }
    }

    /// Every node of `nodes` turned into template values.
    static func from(_ nodes: [String: YAMLNode]) -> TemplateValues {
        nodes.mapValues(from)
    }
}
