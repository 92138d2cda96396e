import FrenchText
import Markdown
import Templates

/// The render stage for pages: Markdown through cmark, then the page's layout, on several threads.
struct PageRenderer {
    let site: ResolvedSite
    let theme: Theme
    let environment: RenderEnvironment
    /// The pages to render when not all of them (a preview's rebuild); nil renders every page.
    var selection: RenderSelection? = nil
    /// Drops from each page's references the links known to be good; nil keeps them all for the link check.
    var linkPrefilter: LinkPrefilter? = nil
    /// Whether each page's time in the template engine and in Markdown is measured (`clsm build --timings`).
    var measuresEngines = false
    private var french: FrenchStyle { environment.french }

    /// One page to render.
    private enum Job {
        case content(Int)
        case generated(Int)
    }

    /// What one job gives back.
    private struct Result: Sendable {
        /// The page's output path and what the link check reads of it, once rendered.
        var page: (path: String, references: HTMLReferences)?
        /// The page itself, when it stays in memory.
        var file: OutputFile?
        var links: ContentLinks?
        var log = DiagnosticLog()
        var templateSeconds: Double = 0
        var markdownSeconds: Double = 0
    }

    /// Renders every selected page on `jobs` threads into `destination`; missing layouts and failed writes are
    /// recorded in `log`. The result does not depend on the number of threads.
    func render(into destination: PageDestination, jobs: Int, log: inout DiagnosticLog) -> RenderedPages {
        var context = PageContext(site: site, siteContext: SiteContext.of(site, theme: theme, french: french),
                                  strings: theme.stringValues, environment: environment)
        site.renderedPartials.prepare(renderer: theme.renderer, root: context.siteWideValues)
        context.siteWidePartials = SiteWidePartialCache(keys: theme.siteWidePartials, partials: site.renderedPartials)
        context = context.withParents()
        // Generated pages first: the guide's indexes are the longest pages, best started early.
        let work = site.generatedPages.indices.filter { selection?.generated.contains($0) ?? true }.map(Job.generated)
            + site.pages.indices.filter { selection?.pages.contains($0) ?? true }.map(Job.content)
        let results = ParallelWork.map(count: work.count, jobs: jobs) { [context] index in
            switch work[index] {
            case .content(let page): renderContent(page, context: context, into: destination)
            case .generated(let page): renderGenerated(page, context: context, into: destination)
            }
        }
        // Content pages come in index order, so their links do too.
        var rendered = RenderedPages()
        for result in results {
            log.append(result.log)
            if let page = result.page {
                rendered.references[page.path] = page.references
                if let file = result.file { rendered.files.append(file) } else { rendered.otherPaths.append(page.path) }
            }
            if let links = result.links { rendered.contentLinks.append(links) }
            rendered.templateSeconds += result.templateSeconds
            rendered.markdownSeconds += result.markdownSeconds
        }
        for template in site.renderedPartials.missingTemplates {
            log.error(.noItemTemplate(theme: site.config.theme.value, template: template),
                      at: site.config.theme.location)
        }
        return rendered
    }

    private func renderContent(_ index: Int, context: PageContext, into destination: PageDestination) -> Result {
        let entry = site.pages[index]
        let page = entry.page
        let resolver = LinkResolver(site: site)
        var result = Result()
        let preferred = site.generatedAtContentURLs[entry.urlPath]?.layout
        let reserved = environment.reservedIdentifiers(for: entry, preferred: preferred)
        let document = measured(&result.markdownSeconds) {
            MarkdownRenderer(reservedIdentifiers: reserved) { Slug.make(from: $0) }.render(page.body) { link in
                guard case .rewritten(let url) = resolver.resolve(link.destination, from: page) else { return nil }
                return url
            }
        }
        if !document.links.isEmpty { result.links = ContentLinks(pageIndex: index, links: document.links) }
        ImageAlternatives.check(document.links, of: page, log: &result.log)
        for heading in document.headings {
            guard let taken = heading.reservedID else { continue }
            result.log.warning(.headingIDTaken(heading.text, taken: taken, given: heading.id),
                               at: SourceLocation(file: page.source, line: page.bodyFirstLine + heading.line - 1, column: 1))
        }
        guard let layout = LayoutChooser.layout(for: entry, preferred: preferred, theme: theme, themeName: site.config.theme.value,
                                                log: &result.log)
        else { return result }
        let values = context.values(forPageAt: index, content: french.html(document.html), headings: document.headings)
        guard let html = render(layout, values, for: "/" + entry.urlPath, result: &result) else { return result }
        place(html, at: entry.urlPath + "index.html", into: destination, result: &result)
        return result
    }

    private func renderGenerated(_ index: Int, context: PageContext, into destination: PageDestination) -> Result {
        let generated = site.generatedPages[index]
        var result = Result()
        let layouts = [generated.layout] + (generated.fallbackLayout.map { [$0] } ?? [])
        guard let layout = layouts.first(where: theme.templateNames.contains) else {
            result.log.error(.noLayoutForGeneratedPage(theme: site.config.theme.value, layout: generated.layout, url: "/" + generated.urlPath),
                             at: site.config.theme.location)
            return result
        }
        let values = context.values(for: generated)
        guard let html = render(layout, values, for: "/" + generated.urlPath, result: &result) else { return result }
        let path = generated.urlPath.hasSuffix(".html") ? generated.urlPath : generated.urlPath + "index.html"
        place(html, at: path, into: destination, result: &result)
        return result
    }

    /// The page at `urlPath` laid out by `layout`; nil, with an error in the result's log, when the theme cannot.
    private func render(_ layout: String, _ values: TemplateValues, for urlPath: String, result: inout Result) -> [UInt8]? {
        do {
            return try measured(&result.templateSeconds) { () throws(TemplateRenderError) -> [UInt8] in
                try theme.renderer.renderUTF8(layout, with: values)
            }
        } catch {
            result.log.error(.noLayoutForGeneratedPage(theme: site.config.theme.value, layout: layout, url: urlPath),
                             at: site.config.theme.location)
            return nil
        }
    }

    /// `work`'s result; its processor time is added to `seconds` when the renderer measures engines.
    private func measured<Value, Failure: Error>(_ seconds: inout Double, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard measuresEngines else { return try work() }
        let start = BuildTimings.Clock.thread()
        defer { seconds += BuildTimings.Clock.thread() - start }
        return try work()
    }

    /// Reads `html` for the link check, then keeps, drops or writes it.
    private func place(_ html: [UInt8], at path: String, into destination: PageDestination, result: inout Result) {
        let references = HTMLReferences(scanning: html)
        result.page = (path, linkPrefilter.map { $0.filter(references, onPageAt: OutputIndex.urlPath(of: path), file: path) } ?? references)
        result.file = destination.place(OutputFile(path: path, contents: .utf8(html)), log: &result.log)
    }
}
