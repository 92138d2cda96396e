import Markdown

/// RGAA asks a text alternative of every image that informs: an image of a content page written `![](…)` and not
/// marked decorative is a warning at its place (an error with `--strict`).
enum ImageAlternatives {
    /// Records a warning for each image among `links`, from the body of `page`, that has no text alternative.
    static func check(_ links: [MarkdownLink], of page: Page, log: inout DiagnosticLog) {
        for link in links where link.lacksAlternative {
            log.warning(.imageWithoutAlternative(link.destination),
                        at: SourceLocation(file: page.source, line: page.bodyFirstLine + link.line - 1, column: link.column))
        }
    }
}
