/// One content page of a site, validated: a Markdown file of `content/`, or a section folder's generated page.
public struct Page: Sendable {
    /// The file it comes from, relative to the site folder (`content/guide/cmp.md`), or the folder (`content/guide/`).
    public let source: String
    /// The path below `content/` (`guide/cmp.md`; `guide/index.md` for a section's own page).
    public let contentPath: String
    /// What the page is.
    public let kind: ContentKind
    /// The title.
    public let title: String
    /// A one-sentence summary.
    public let description: String?
    /// The last segment of its URL when the editor chose it.
    public let slug: Located<String>?
    /// The publication date.
    public let date: LocalDateTime?
    /// The date of the last change or check.
    public let updated: LocalDateTime?
    /// A draft is left out unless `--drafts`.
    public let isDraft: Bool
    /// Order among its siblings (smaller first; pages without weight come last).
    public let weight: Int?
    /// Old URLs that redirect here.
    public let aliases: [Located<String>]
    /// The title it has in the main menu, when it is in it.
    public let menuTitle: Located<String>?
    /// The layout the editor asked for.
    public let layout: Located<String>?
    /// The Markdown body (replaced by `clsm serve` when only the body of its file changed).
    public internal(set) var body: String
    /// The line of the file on which the body starts.
    public let bodyFirstLine: Int
    /// What its kind adds (`category`, `start`…), checked.
    public let details: (any PageDetails)?
    /// True for a section page that no `index.md` provides.
    public let isGenerated: Bool

    /// True for `index.md` files and generated section pages: the page of a folder.
    public var isSectionPage: Bool {
        isGenerated || contentPath == "index.md" || contentPath.hasSuffix("/index.md")
    }

    /// The folder below `content/` the page stands in (`guide` for `guide/cmp.md`, `` at the top).
    public var folder: String {
        let segments = Path.segments(contentPath).dropLast()
        return segments.joined(separator: "/")
    }
}
