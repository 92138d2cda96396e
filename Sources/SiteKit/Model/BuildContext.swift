import Foundation

/// What a build depends on besides the site's files: decided once, by the command line, and passed down.
public struct BuildContext: Sendable {
    /// The build's "now": what is in the future, upcoming or stale is decided against it.
    public var now: BuildNow
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Replaces `base_url` of `site.yml`.
    public var baseURLOverride: String?

    /// Makes a context.
    public init(now: BuildNow, includeDrafts: Bool = false, baseURLOverride: String? = nil) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
    }
}
