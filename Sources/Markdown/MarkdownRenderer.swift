import CCmark

/// Renders Markdown with libcmark: CommonMark, smart punctuation, never `CMARK_OPT_UNSAFE`.
public struct MarkdownRenderer: Sendable {
    /// Gives a heading's text the id it should carry; the renderer makes repeated ids unique.
    public typealias HeadingIdentifier = @Sendable (String) -> String
    /// Returns the destination to write in place of a link's, or nil to keep it.
    public typealias LinkRewriter = (MarkdownLink) -> String?

    private let headingIdentifier: HeadingIdentifier
    private let reservedIdentifiers: Set<String>

    /// Makes a renderer that names headings with `headingIdentifier`, giving none of `reservedIdentifiers` (the ids the
    /// page around the document uses).
    public init(reservedIdentifiers: Set<String> = [], headingIdentifier: @escaping HeadingIdentifier) {
        self.headingIdentifier = headingIdentifier
        self.reservedIdentifiers = reservedIdentifiers
    }

    /// Parses `markdown`, rewrites its link destinations with `rewriteLink`, and renders it to HTML.
    public func render(_ markdown: String, rewriteLink: LinkRewriter = { _ in nil }) -> MarkdownDocument {
        // Smart punctuation and safe output; UTF-8 is validated so the output is always valid UTF-8.
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        var bytes = Array(markdown.utf8)
        bytes.append(0)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { cmark_parse_document($0, buffer.count - 1, options) }
        }) else {
            return MarkdownDocument(html: "", headings: [], links: [])
        }
        defer { cmark_node_free(root) }

        var tree = MarkdownTree(root: root)
        let links = tree.rewriteLinks(rewriteLink)
        let headings = tree.identifyHeadings(headingIdentifier, reserved: reservedIdentifiers)
        let html = tree.renderHTML(options: options, headings: headings)
        return MarkdownDocument(html: html, headings: headings, links: links)
    }
}
