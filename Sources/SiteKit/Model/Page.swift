/// One content page of a site, validated: a Markdown file of `content/`, or a section folder's generated page.
///
/// A class: the stages copy pages into lists, filters and indexes, and a reference is one count to keep where the page's
/// own fields are twenty. It never changes; `clsm serve` makes a new one when only the body of its file changed.
public final class Page: Sendable {
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
    /// The Markdown body.
    public let body: String
    /// The line of the file on which the body starts.
    public let bodyFirstLine: Int
    /// What its kind adds (`category`, `start`…), checked.
    public let details: (any PageDetails)?
    /// True for a section page that no `index.md` provides.
    public let isGenerated: Bool

    init(source: String, contentPath: String, kind: ContentKind, title: String, description: String?, slug: Located<String>?,
         date: LocalDateTime?, updated: LocalDateTime?, isDraft: Bool, weight: Int?, aliases: [Located<String>],
         menuTitle: Located<String>?, layout: Located<String>?, body: String, bodyFirstLine: Int, details: (any PageDetails)?,
         isGenerated: Bool) {
        self.source = source
        self.contentPath = contentPath
        self.kind = kind
        self.title = title
        self.description = description
        self.slug = slug
        self.date = date
        self.updated = updated
        self.isDraft = isDraft
        self.weight = weight
        self.aliases = aliases
        self.menuTitle = menuTitle
        self.layout = layout
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.details = details
        self.isGenerated = isGenerated
    }

    /// The same page with the Markdown body `body`, which starts on the same line of its file.
    func replacingBody(with body: String) -> Page {
        Page(source: source, contentPath: contentPath, kind: kind, title: title, description: description, slug: slug, date: date,
             updated: updated, isDraft: isDraft, weight: weight, aliases: aliases, menuTitle: menuTitle, layout: layout, body: body,
             bodyFirstLine: bodyFirstLine, details: details, isGenerated: isGenerated)
    }

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
