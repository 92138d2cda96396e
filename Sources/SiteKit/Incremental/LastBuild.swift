import Markdown

/// What the last good build of `clsm serve` leaves for a rebuild after edits of page bodies only.
struct LastBuild {
    /// The site as resolved, with the bodies of the pages rendered since.
    var site: ResolvedSite
    /// The theme.
    let theme: Theme
    /// Typography, URLs and time.
    let environment: RenderEnvironment
    /// Every output path, and what the link check read of each page.
    var index: OutputIndex
    /// The Markdown links of each content page, by index in `site.pages`.
    var contentLinks: [Int: [MarkdownLink]]
    /// Its warnings, given again with each rebuild.
    let diagnostics: DiagnosticLog
    /// Every output path of the site.
    let paths: Set<String>
}
