import Foundation

/// Finds where a link that no Markdown wrote comes from: the first template, or `site.yml`, that contains it.
///
/// Such a link is written by the theme (`{{site.root}}plan-du-site/`) or taken from `site.yml` (`logo:`);
/// pointing at the line that holds it saves the reader a search through every template.
struct TemplateLinkLocator {
    /// The site's layouts, the theme's layouts, then `site.yml`: path relative to the site, and text.
    private let sources: [(file: String, text: String)]

    /// Reads the templates of the site at `folder` and of its theme in `themeDirectory`.
    init(folder: SiteFolder, themeDirectory: String) {
        var sources: [(file: String, text: String)] = []
        var ignored = DiagnosticLog()
        for layouts in [folder.layoutsDirectory, themeDirectory + "/layouts"] {
            let scanner = ContentScanner(siteRoot: Path.parent(of: themeDirectory), folder: folder)
            for relative in scanner.files(under: layouts, suffix: ".mustache", log: &ignored) {
                let path = layouts + "/" + relative
                if let bytes = FileSystem.read(path) { sources.append((folder.relative(path), String(decoding: bytes, as: UTF8.self))) }
            }
        }
        if let bytes = FileSystem.read(folder.configFile) { sources.append(("site.yml", String(decoding: bytes, as: UTF8.self))) }
        self.sources = sources
    }

    /// The first place that holds `url` as written, or its part after the site's base path; nil when none does.
    func locate(_ url: String, base: BaseURL) -> SourceLocation? {
        var needles = [url]
        for prefix in [base.description, base.path] where url.hasPrefix(prefix) && url.count > prefix.count {
            needles.append(String(url.dropFirst(prefix.count)))
        }
        for needle in needles {
            for source in sources {
                if let range = source.text.range(of: needle) {
                    let before = source.text[..<range.lowerBound]
                    let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
                    let column = before[lineStart...].count + 1
                    return SourceLocation(file: source.file, line: line, column: column)
                }
            }
        }
        return nil
    }
}
