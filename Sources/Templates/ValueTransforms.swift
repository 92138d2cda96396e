import Foundation

extension ContextValue {
    /// What swift-mustache's transform of that name gives for the Swift value this stands for, or nil (unknown
    /// transforms, and types that do not have it: booleans, custom renderables, tuples).
    func transformed(_ transform: ValueTransform) -> ContextValue? {
        switch self {
        case .value(.text(let text)): return Self.transformed(text: text, transform)
        case .value(.number(let number)): return Self.transformed(number: number, transform)
        case .value(.list(let items)): return Self.transformed(list: items, reversed: false, transform)
        case .reversedList(let items): return Self.transformed(list: items, reversed: true, transform)
        case .value(.group(let group)): return Self.transformed(group: group, transform)
        case .pairs(let pairs, let reversed): return Self.transformed(pairs: pairs, reversed: reversed, transform)
        case .value(.bool), .value(.deferred), .pair: return nil
        }
    }

    private static func transformed(text: String, _ transform: ValueTransform) -> ContextValue? {
        switch transform {
        case .empty: .value(.bool(text.isEmpty))
        // Foundation's, as swift-mustache's: its own rules for words and for letters like "ß".
        case .capitalized: .value(.text(text.capitalized))
        case .lowercased: .value(.text(text.lowercased()))
        case .uppercased: .value(.text(text.uppercased()))
        case .reversed: .value(.text(String(text.reversed())))
        default: nil
        }
    }

    private static func transformed(number: Int, _ transform: ValueTransform) -> ContextValue? {
        switch transform {
        case .equalzero: .value(.bool(number == 0))
        // Wrapping where swift-mustache's `+ 1` would trap at Int.max.
        case .plusone: .value(.number(number &+ 1))
        case .minusone: .value(.number(number &- 1))
        case .even: .value(.bool(number & 1 == 0))
        case .odd: .value(.bool(number & 1 == 1))
        default: nil
        }
    }

    /// A list, or a reversed one (stored in its own order). `sorted` gives nothing: swift-mustache sees
    /// `[any Sendable]`, whose elements are not Comparable.
    private static func transformed(list items: [TemplateValue], reversed: Bool, _ transform: ValueTransform)
        -> ContextValue?
    {
        switch transform {
        case .first: (reversed ? items.last : items.first).map(ContextValue.value)
        case .last: (reversed ? items.first : items.last).map(ContextValue.value)
        case .reversed: reversed ? .value(.list(items)) : .reversedList(items)
        case .count: .value(.number(items.count))
        case .empty: .value(.bool(items.isEmpty))
        default: nil
        }
    }

    /// `sorted` and `enumerated` both give the entries in key order: swift-mustache's `enumerated` gives the
    /// dictionary's own order, which changes from run to run.
    private static func transformed(group: TemplateValues, _ transform: ValueTransform) -> ContextValue? {
        switch transform {
        case .count: .value(.number(group.count))
        case .empty: .value(.bool(group.isEmpty))
        case .sorted, .enumerated:
            .pairs(group.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }, reversed: false)
        default: nil
        }
    }

    private static func transformed(
        pairs: [(key: String, value: TemplateValue)], reversed: Bool, _ transform: ValueTransform
    ) -> ContextValue? {
        switch transform {
        case .first: (reversed ? pairs.last : pairs.first).map { .pair(key: $0.key, value: $0.value) }
        case .last: (reversed ? pairs.first : pairs.last).map { .pair(key: $0.key, value: $0.value) }
        case .reversed: .pairs(pairs, reversed: !reversed)
        case .count: .value(.number(pairs.count))
        case .empty: .value(.bool(pairs.isEmpty))
        default: nil
        }
    }
}

extension SequencePosition {
    /// `first()`, `last()`, `index()`, `even()`, `odd()` of an iteration.
    func transformed(_ transform: ValueTransform) -> ContextValue? {
        switch transform {
        case .first: .value(.bool(first))
        case .last: .value(.bool(last))
        case .index: .value(.number(index))
        case .even: .value(.bool(index & 1 == 0))
        case .odd: .value(.bool(index & 1 == 1))
        default: nil
        }
    }
}
