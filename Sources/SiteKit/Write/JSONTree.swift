/// A JSON value whose shape is known where it is made: the exports and the JSON-LD build one per record instead of
/// going through `Encodable` or `[String: Any]`.
enum JSONTree: Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    indirect case list([JSONTree])
    /// A list whose items are made one at a time as they are written, each dropped once written: an export's thousands
    /// of entries never stand in memory as trees all at once.
    case items(count: Int, item: @Sendable (Int) -> JSONTree)
    /// Members: they are written sorted by key.
    indirect case object([String: JSONTree])

    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: JSONTree...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, JSONTree)...) {
        self = .object(Dictionary(elements) { first, _ in first })
    }

    /// The text, or `null` when there is none.
    static func string(_ text: String?) -> JSONTree { text.map(JSONTree.string) ?? .null }
    /// The number, or `null` when there is none.
    static func int(_ number: Int?) -> JSONTree { number.map(JSONTree.int) ?? .null }
    /// The number, or `null` when there is none.
    static func double(_ number: Double?) -> JSONTree { number.map(JSONTree.double) ?? .null }
    /// The flag, or `null` when there is none.
    static func bool(_ flag: Bool?) -> JSONTree { flag.map(JSONTree.bool) ?? .null }
    /// The texts as a list.
    static func strings(_ texts: [String]) -> JSONTree { .list(texts.map(JSONTree.string)) }
}
