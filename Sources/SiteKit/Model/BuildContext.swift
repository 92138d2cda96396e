import Foundation

/// What a build depends on besides the site's files: decided once, by the command line, and passed down.
public struct BuildContext: Sendable {
    /// The build's "now": what is in the future, upcoming or stale is decided against it.
    public var now: BuildNow
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Replaces `base_url` of `site.yml`.
    public var baseURLOverride: String?
    /// How many threads render pages; the output is the same for any number.
    public var jobs: Int
    /// Take each file's last change from git when the site is in a git checkout (`GitHistory`): the `.ics` files'
    /// `DTSTAMP`, the sitemap's `lastmod` and the feeds' `updated` then stay the same from one build to the next.
    public var readsGitHistory = false
    /// Where the JavaScript libraries the theme uses are installed (Debian's `libjs-*` packages put them in
    /// `/usr/share/javascript`); `CLSM_JAVASCRIPT_DIR` names another folder.
    public var javascriptDirectory: String
    /// Pagefind's binary, for a site with `search: true` (`CLSM_PAGEFIND`, else `pagefind` on `PATH`).
    public var pagefind: String?
    /// Print the guide to PDF even when site.yml does not ask for it (`clsm build --pdf`).
    public var guidePDF = false
    /// Chromium's binary, for the guide's PDF (`CLSM_CHROMIUM`, else `chromium` on `PATH`).
    public var chromium: String?
    /// Themes shared by the sites of one run; nil to load each site's theme (a preview reloads it as it changes).
    public var themeCache: ThemeCache? = nil
    /// The git histories shared by the sites of one run; nil to read each site's (with `readsGitHistory`).
    public var gitHistories: GitHistoryCache? = nil
    /// Where the sites of one run hand the outputs they replaced, to be removed while the next sites build; nil to
    /// remove each before its build returns.
    public var outputRemovals: OutputRemovals? = nil

    /// Makes a context; `jobs` defaults to the processors this process may use.
    public init(now: BuildNow, includeDrafts: Bool = false, baseURLOverride: String? = nil, jobs: Int? = nil) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.javascriptDirectory = ProcessInfo.processInfo.environment["CLSM_JAVASCRIPT_DIR"] ?? "/usr/share/javascript"
        self.pagefind = SearchIndex.findBinary()
        self.chromium = GuidePDF.findBinary()
    }
}
