/// A value on the context stack or found by a lookup: a template value, or what swift-mustache's transforms make
/// of one (a key-value tuple, a list of them, a reversed collection), each shown and looked into as there.
enum ContextValue {
    case value(TemplateValue)
    /// An entry of `sorted(group)`: swift-mustache's `(key:, value:)` tuple, whose labels are its only names.
    case pair(key: String, value: TemplateValue)
    /// `sorted(group)`: its entries in key order, or the reverse of that.
    case pairs([(key: String, value: TemplateValue)], reversed: Bool)
    /// `reversed(list)`: the list as it is, iterated from its end.
    case reversedList([TemplateValue])

    /// The value of `name` inside this one: a group's entry, or a tuple's `key` or `value`; nothing for the others,
    /// as Mirror finds no child so named in a String, Bool, Int, array or custom renderable.
    func child(named name: String) -> ContextValue? {
        switch self {
        case .value(.group(let group)):
            guard let value = group[name] else { return nil }
            return .value(value)
        case .pair(let key, let value):
            if name == "key" { return .value(.text(key)) }
            if name == "value" { return .value(value) }
            return nil
        default:
            return nil
        }
    }

    /// Whether a section iterates over this: a list, as swift-mustache iterates over a `MustacheSequence`.
    var isSequence: Bool {
        switch self {
        case .value(.list), .pairs, .reversedList: true
        default: false
        }
    }

    var isEmptySequence: Bool {
        switch self {
        case .value(.list(let items)), .reversedList(let items): items.isEmpty
        case .pairs(let pairs, _): pairs.isEmpty
        default: false
        }
    }
}

/// Where a section's iteration stands, for `{{#first()}}`, `{{index()}}` and the like.
struct SequencePosition {
    var first: Bool
    var last: Bool
    var index: Int
}
