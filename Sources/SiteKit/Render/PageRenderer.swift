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

    /// One HTML file for each page; missing layouts are recorded in `log`, and each content page's
    /// Markdown links in `contentLinks`, for the link check once every page is rendered.
    func render(contentLinks: inout [ContentLinks], log: inout DiagnosticLog) -> [OutputFile] {
        let markdown = MarkdownRenderer { Slug.make(from: $0) }
        let resolver = LinkResolver(site: site)
        let context = PageContext(site: site, siteContext: SiteContext(site: site, defaultEmergency: theme.emergencyNumbers, french: environment.french),
                                  strings: theme.strings, environment: environment)
        var files: [OutputFile] = []
        files.reserveCapacity(site.pages.count)
        for index in site.pages.indices where selection?.pages.contains(index) ?? true {
            let entry = site.pages[index]
            let page = entry.page
            let document = markdown.render(page.body) { link in
                guard case .rewritten(let url) = resolver.resolve(link.destination, from: page) else { return nil }
                return url
            }
            if !document.links.isEmpty { contentLinks.append(ContentLinks(pageIndex: index, links: document.links)) }
            let preferred = site.generatedAtContentURLs[entry.urlPath]?.layout
            guard let layout = LayoutChooser.layout(for: entry, preferred: preferred, theme: theme, themeName: site.config.theme.value, log: &log)
            else { continue }
            let values = context.values(forPageAt: index, content: french.html(document.html), headings: document.headings)
            let html = theme.library.render(values, withTemplate: layout) ?? ""
            files.append(OutputFile(path: entry.urlPath + "index.html", contents: .text(html)))
        }
        for (index, generated) in site.generatedPages.enumerated() where selection?.generated.contains(index) ?? true {
            let layouts = [generated.layout] + (generated.fallbackLayout.map { [$0] } ?? [])
            guard let layout = layouts.first(where: theme.templateNames.contains) else {
                log.error("the theme `\(site.config.theme.value)` has no layout `\(generated.layout)` for the page /\(generated.urlPath)",
                          at: site.config.theme.location)
                continue
            }
            let html = theme.library.render(context.values(for: generated), withTemplate: layout) ?? ""
            let path = generated.urlPath.hasSuffix(".html") ? generated.urlPath : generated.urlPath + "index.html"
            files.append(OutputFile(path: path, contents: .text(html)))
        }
        return files
    }
}
