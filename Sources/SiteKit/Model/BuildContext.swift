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
    /// Themes shared by the sites of one run; nil to load each site's theme (a preview reloads it as it changes).
    public var themeCache: ThemeCache? = nil

    /// Makes a context; `jobs` defaults to the processors this process may use.
    public init(now: BuildNow, includeDrafts: Bool = false, baseURLOverride: String? = nil, jobs: Int? = nil) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
