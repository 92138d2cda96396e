import FrenchText
import Markdown

/// The render stage for pages: Markdown through cmark, then the page's layout.
struct PageRenderer {
    let site: ResolvedSite
    let theme: Theme
    let environment: RenderEnvironment
    /// The pages to render when not all of them (a preview's rebuild); nil renders every page.
    var selection: RenderSelection? = nil
    private var french: FrenchStyle { environment.french }

    /// One HTML file for each page; broken links and missing layouts are recorded in `log`.
    func render(log: inout DiagnosticLog) -> [OutputFile] {
        let markdown = MarkdownRenderer { Slug.make(from: $0) }
        let resolver = LinkResolver(site: site)
        let context = PageContext(site: site, siteContext: SiteContext(site: site, french: environment.french),
                                  strings: theme.strings, environment: environment)
        var files: [OutputFile] = []
        files.reserveCapacity(site.pages.count)
        for index in site.pages.indices where selection?.pages.contains(index) ?? true {
            let entry = site.pages[index]
            let page = entry.page
            let document = markdown.render(page.body) { link in
                switch resolver.resolve(link.destination, from: page) {
                case .unchanged:
                    return nil
                case .rewritten(let url):
                    return url
                case .broken(let message):
                    log.error(message, at: SourceLocation(file: page.source, line: page.bodyFirstLine + link.line - 1, column: link.column))
                    return nil
                }
            }
            guard let layout = LayoutChooser.layout(for: entry, theme: theme, themeName: site.config.theme.value, log: &log) else { continue }
            let values = context.values(forPageAt: index, content: french.html(document.html), headings: document.headings)
            let html = theme.library.render(values, withTemplate: layout) ?? ""
            files.append(OutputFile(path: entry.urlPath + "index.html", contents: .text(html)))
        }
        for (index, generated) in site.generatedPages.enumerated() where selection?.generated.contains(index) ?? true {
            guard theme.templateNames.contains(generated.layout) else {
                log.error("the theme `\(site.config.theme.value)` has no layout `\(generated.layout)` for the page /\(generated.urlPath)",
                          at: site.config.theme.location)
                continue
            }
            let html = theme.library.render(context.values(for: generated), withTemplate: generated.layout) ?? ""
            files.append(OutputFile(path: generated.urlPath + "index.html", contents: .text(html)))
        }
        return files
    }
}
