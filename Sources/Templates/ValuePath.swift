/// A tag's name made ready for lookups: where the search starts, the dotted parts, and the transforms to apply.
struct ValuePath: Sendable {
    enum Start: Sendable {
        /// `.`: the top of the context stack.
        case top
        /// An empty name with transforms (`{{#first()}}`): the position in the list being iterated.
        case sequenceContext
        /// `.name`: the first part is looked up in the top of the stack only.
        case anchored
        /// `name`: the first part is looked up from the top of the stack down, until a value has it.
        case climbing
    }

    let start: Start
    /// The dotted parts, empty ones left out (`a..b` is `a`, `b`), as swift-mustache splits them.
    let names: [String]
    /// The transforms in the order they apply: the innermost first.
    let transforms: [ValueTransform]

    /// The path of `name` with `transforms` as written, outermost first (`a(b(name))` gives `a`, `b`).
    init(name: String, transforms: [String]) {
        self.transforms = transforms.reversed().map(ValueTransform.init(name:))
        if name == "." {
            start = .top
            names = []
        } else if name.isEmpty, !transforms.isEmpty {
            start = .sequenceContext
            names = []
        } else {
            start = name.first == "." ? .anchored : .climbing
            names = name.split(separator: ".").map(String.init)
        }
    }
}

/// A transform as `{{name(value)}}` names it; `unknown` gives nothing, as swift-mustache does.
enum ValueTransform: Sendable {
    case empty, capitalized, lowercased, uppercased, reversed
    case first, last, count, sorted, enumerated, index
    case equalzero, plusone, minusone, even, odd
    case unknown

    init(name: String) {
        switch name {
        case "empty": self = .empty
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "reversed": self = .reversed
        case "first": self = .first
        case "last": self = .last
        case "count": self = .count
        case "sorted": self = .sorted
        case "enumerated": self = .enumerated
        case "index": self = .index
        case "equalzero": self = .equalzero
        case "plusone": self = .plusone
        case "minusone": self = .minusone
        case "even": self = .even
        case "odd": self = .odd
        default: self = .unknown
        }
    }
}
