/// What becomes of a page once it is rendered.
enum PageDestination: Sendable {
    /// Kept in memory, in the returned files (`clsm serve`, tests).
    case memory
    /// Read for the link check, then dropped (`clsm check`).
    case discard
    /// Written at once into the output being made, so that the whole site is never held in memory (`clsm build`).
    case staging(OutputStaging)
}

/// The pages of one render: files kept in memory, paths already written, and what the link check needs of each.
struct RenderedPages {
    /// Pages kept in memory (`PageDestination.memory`).
    var files: [OutputFile] = []
    /// Output paths of pages written or dropped at once.
    var otherPaths: [String] = []
    /// The ids and links of every page rendered, by output path.
    var references: [String: HTMLReferences] = [:]
    /// The Markdown links of each content page, for the link check.
    var contentLinks: [ContentLinks] = []
}
