/// What a template reads: a closed set of typed values, so that a lookup never casts.
///
/// Sections and variables treat each case as swift-mustache treats the Swift value it stands for: `text` as a
/// `String`, `bool` as a `Bool`, `number` as an `Int`, `list` as an array, `group` as a `[String: …]` dictionary and
/// `deferred` as a custom renderable that is never null.
public enum TemplateValue: Sendable {
    /// Text, escaped by `{{name}}` and shown as it is by `{{{name}}}`.
    case text(String)
    /// A flag: a section shows its content when true.
    case bool(Bool)
    /// A whole number, shown in decimal.
    case number(Int)
    /// A list: a section shows its content once per item.
    case list([TemplateValue])
    /// Named values, read with dots (`page.title`).
    case group(TemplateValues)
    /// Text made when it is first shown (a partial rendered once for many pages).
    case deferred(any DeferredText)
}

/// Named template values: what a template is rendered with, and what a `group` holds.
public typealias TemplateValues = [String: TemplateValue]

/// A text made on its first use, then the same on every use.
///
/// A class: a reference keeps `TemplateValue` two words wide, where any value would take an existential's five and
/// make every copy of a value, on every lookup, go through its type's witnesses.
public protocol DeferredText: AnyObject, Sendable {
    /// The text; computing it may take time the first time.
    var text: String { get }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .group(TemplateValues(elements, uniquingKeysWith: { _, last in last }))
    }
}
