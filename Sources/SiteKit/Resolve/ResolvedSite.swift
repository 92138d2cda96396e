/// A page with its place in the site: its URL, its section and its children.
public struct ResolvedPage: Sendable {
    /// The validated page.
    public internal(set) var page: Page
    /// Its URL path relative to the site's base (`organisation/comite-de-pilotage/`, `` for the home page).
    public let urlPath: String
    /// The index of its section's page, nil for the home page.
    public internal(set) var parent: Int?
    /// The indices of the pages it lists (a section's pages and sub-sections), in display order.
    public internal(set) var children: [Int] = []
}

/// One entry of the main menu, its target resolved.
public struct ResolvedMenuEntry: Sendable {
    /// What the menu shows.
    public let title: String
    /// The href: a site path with the base path, or an external URL.
    public let href: String
    /// The site-relative URL path it leads to, when it leads into the site.
    public let urlPath: String?
}

/// The resolve stage's result: URLs given, links between pages known, nothing rendered yet.
public struct ResolvedSite: Sendable {
    /// The settings.
    public let config: SiteConfig
    /// Every page, sorted by URL path.
    public internal(set) var pages: [ResolvedPage]
    /// Page index by content path (`guide/cmp.md`).
    public let pageByContentPath: [String: Int]
    /// Page index by URL path (`guide/cmp/`).
    public let pageByURLPath: [String: Int]
    /// Static files by site path (`css/clsm.css`), mapped to their absolute source path.
    public let staticFiles: [String: String]
    /// The main menu.
    public internal(set) var menu: [ResolvedMenuEntry]
    /// The pages features generate (indexes, calendars), those replaced by content pages left out.
    public internal(set) var generatedPages: [GeneratedPage] = []
    /// Generated page index by URL path.
    public internal(set) var generatedByURLPath: [String: Int] = [:]
    /// Pages features generate at the URL of a content page (`/agenda/`, an event): the content page keeps its
    /// title and text, and takes their layout (unless it names one) and their values.
    public internal(set) var generatedAtContentURLs: [String: GeneratedPage] = [:]
    /// The paths of files features will write (`actualites/atom.xml`), valid link targets like static files.
    public internal(set) var generatedFiles: Set<String> = []
    /// Content files that exist but are not published, with why.
    public let unpublished: [String: UnpublishedReason]
    /// The addresses files with errors would have without a `slug:` (`guide/cmp/`): a link to one of them is left
    /// unchecked, the file's own errors being the cause to fix.
    public internal(set) var addressesInDoubt: Set<String> = []
    /// The `category` of each guide entry whose front matter has other errors: the guide checks it against its vocabulary.
    var categoriesOfEntriesInError: [Located<String>] = []
    /// How many events name each SISM year, those with errors included (`SiteModel.eventsNamingEditions`).
    var eventsNamingEditions: [Int: Int] = [:]
    /// The partials features render once for lists (a guide entry's item), ready once the page renderer prepared them.
    let renderedPartials = RenderedPartials()
    /// The `site` values of the templates, made once for the renders of this site (they read no page's body).
    let siteContext = BuildMemo<SiteContext>()
    /// The guide of these pages, built once for the guide's pages and taken by its exports (nil inside: the site has none).
    let guide = BuildMemo<Guide?>()
}
