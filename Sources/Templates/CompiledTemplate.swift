/// A parsed template: its operations in one flat array, where a section's content is the range of operations
/// between the section and its `end`, so that nothing is nested (no recursion to build, copy or free it).
struct CompiledTemplate: Sendable {
    let operations: [Operation]
    let tags: [TemplateTagInfo]
}

/// What rendering a template does, in order.
enum Operation: Sendable {
    /// Bytes written as they are.
    case text([UInt8])
    /// A value shown: escaped (`{{name}}`) or as it is (`{{{name}}}`, `{{&name}}`).
    case variable(ValuePath, escaped: Bool)
    /// `{{#name}}`: the operations up to `end`, rendered as the value asks.
    case section(ValuePath, end: Int)
    /// `{{^name}}`: the operations up to `end`, rendered when the value is missing, false or an empty list.
    case invertedSection(ValuePath, end: Int)
    /// `{{$name}}` outside a parent: the override the caller gave for `name`, or else the operations up to `end`.
    case block(name: String, indentation: [UInt8], end: Int)
    /// `{{$name}}` directly inside a parent: never rendered where it stands, only given to the parent.
    case blockDefinition(end: Int)
    /// `{{>name}}` or `{{<name}}`: another template; a parent's own content (its blocks) runs up to `end`.
    case partial(PartialTarget, indentation: [UInt8]?, overrides: [String: BlockReference]?, end: Int)
    /// `{{% CONTENT_TYPE: … }}`: how variables are escaped from here to the end of the enclosing content.
    case contentType(Escaping)
}

/// Which template a partial renders.
enum PartialTarget: Sendable {
    /// A name written in the tag, resolved when the library is built: an index among its templates, nil if none.
    case fixed(Int?)
    /// `{{>*name}}`: the template named by the text value `name`.
    case dynamic(ValuePath)
}

/// A block's content: the operations `range` of the library's template at `template`.
struct BlockReference: Sendable {
    let template: Int
    let range: Range<Int>
}

/// How a variable's text is written.
enum Escaping: Sendable {
    /// With `HTMLEscaping.escape`.
    case html
    /// As it is.
    case text
}
