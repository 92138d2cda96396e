extension ContextValue {
    /// The text swift-mustache shows for the Swift value this stands for: `String(describing:)`.
    var shownText: String {
        switch self {
        case .value(let value): value.shownText
        case .pair(let key, let value): Self.pairText(key, value)
        case .pairs(let pairs, let reversed):
            reversed
                ? "ReversedCollection<Array<(key: String, value: any Sendable)>>(_base: \(Self.pairsText(pairs)))"
                : Self.pairsText(pairs)
        case .reversedList(let items): "ReversedCollection<Array<any Sendable>>(_base: \(TemplateValue.listText(items)))"
        }
    }

    private static func pairText(_ key: String, _ value: TemplateValue) -> String {
        "(key: \(key.debugDescription), value: \(value.debugText))"
    }

    private static func pairsText(_ pairs: [(key: String, value: TemplateValue)]) -> String {
        "[" + pairs.map { pairText($0.key, $0.value) }.joined(separator: ", ") + "]"
    }
}

extension TemplateValue {
    /// `String(describing:)` of the Swift value: text as it is, lists and groups as Swift prints arrays and
    /// dictionaries. A group's keys come sorted: a Swift dictionary's order changes from run to run.
    var shownText: String {
        switch self {
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list(let items): Self.listText(items)
        case .group(let group): Self.groupText(group)
        case .deferred(let deferred): deferred.text
        }
    }

    /// How Swift prints the value inside an array or a dictionary: text quoted and escaped; a deferred text as its
    /// text quoted (a choice: swift-mustache would print the type that wraps it).
    var debugText: String {
        switch self {
        case .text(let text): text.debugDescription
        case .deferred(let deferred): deferred.text.debugDescription
        case .bool, .number, .list, .group: shownText
        }
    }

    static func listText(_ items: [TemplateValue]) -> String {
        "[" + items.map(\.debugText).joined(separator: ", ") + "]"
    }

    private static func groupText(_ group: TemplateValues) -> String {
        guard !group.isEmpty else { return "[:]" }
        let entries = group.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription): \($0.value.debugText)" }
        return "[" + entries.joined(separator: ", ") + "]"
    }
}
