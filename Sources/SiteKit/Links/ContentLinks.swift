import Markdown

/// The links the Markdown of one content page holds, as the editor wrote them, with their places in the file.
struct ContentLinks: Sendable {
    /// The page's index in `ResolvedSite.pages`.
    let pageIndex: Int
    /// Link and image destinations, in document order.
    let links: [MarkdownLink]
}
