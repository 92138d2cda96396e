/// A Markdown text rendered to HTML by cmark, with what the site needs to know about it.
public struct MarkdownDocument: Sendable {
    /// The HTML fragment, safe: raw HTML omitted and dangerous link schemes blanked by cmark.
    public let html: String
    /// The headings, in document order, with the ids given to them.
    public let headings: [MarkdownHeading]
    /// Every link and image destination as written by the editor, in document order.
    public let links: [MarkdownLink]
}

/// A heading of a Markdown document.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 for `#`, 2 for `##`…
    public let level: Int
    /// The heading's text without markup.
    public let text: String
    /// The `id` attribute it was given, unique within the document and among the reserved ones.
    public let id: String
    /// 1-based line in the Markdown text (0 when cmark gives no position).
    public let line: Int
    /// The reserved id its text would have given it, which it could not take (`contenu`, the page's own target).
    public let reservedID: String?
}

/// A link or image destination and where it stands in the Markdown text.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as the editor wrote it.
    public let destination: String
    /// True for `![alt](src)`.
    public let isImage: Bool
    /// 1-based line in the Markdown text (0 when cmark gives no position).
    public let line: Int
    /// 1-based column in the Markdown text (0 when cmark gives no position).
    public let column: Int
    /// True for an image whose text alternative is empty (`![](src)`) and that is not marked decorative.
    public let lacksAlternative: Bool

    /// Makes a link reference.
    public init(destination: String, isImage: Bool, line: Int, column: Int, lacksAlternative: Bool = false) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
        self.lacksAlternative = lacksAlternative
    }
}
