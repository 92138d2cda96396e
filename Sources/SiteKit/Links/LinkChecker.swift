import Foundation
import FrenchText
import Markdown

/// The link check, once every file is rendered: each link of each page leads to a page, a file or an anchor of the site.
///
/// Links an editor wrote in Markdown are reported at their line and column. The others (written by templates,
/// taken from `site.yml` or generated) are reported once a URL, at the template line that writes them when found.
struct LinkChecker {
    /// The site, its pages and URLs.
    let site: ResolvedSite
    /// The rendered files, with the ids and links of each HTML page.
    let index: OutputIndex
    /// Where the site's files are, to find the templates of links no Markdown wrote.
    let folder: SiteFolder
    /// The theme's folder.
    let themeDirectory: String

    /// Checks every link of the rendered pages, or of the pages at the output paths `files` only; `contentLinks` are
    /// the Markdown links of the content pages (of those pages only, when `files` is given).
    /// The Markdown links are checked on `jobs` threads; the messages are the same for any number.
    func check(_ contentLinks: [ContentLinks], onlyOn files: Set<String>? = nil, jobs: Int = 1, log: inout DiagnosticLog) {
        let results = ParallelWork.map(count: contentLinks.count, jobs: jobs) { index in
            let entry = site.pages[contentLinks[index].pageIndex]
            var pageLog = DiagnosticLog()
            let written = checkMarkdownLinks(contentLinks[index].links, of: entry.page, at: entry.urlPath, log: &pageLog)
            return (file: entry.urlPath + "index.html", written: written, log: pageLog)
        }
        var checked: [String: Set<String>] = [:]
        for result in results {
            checked[result.file] = result.written
            log.append(result.log)
        }
        checkRenderedPages(files.map { $0.sorted() } ?? index.pages.keys.sorted(), skipping: checked, log: &log)
    }

    /// Reports the links and images (and images without a text alternative) of the bodies of files whose front matter has errors (`SiteModel.bodiesInError`):
    /// they lead where they lead whatever those errors. Their anchors on the page itself are not checked: it has no
    /// rendered headings to hold them.
    func checkBodies(of pages: [Page], jobs: Int = 1, log: inout DiagnosticLog) {
        let logs = ParallelWork.map(count: pages.count, jobs: jobs) { index in
            var pageLog = DiagnosticLog()
            let links = MarkdownRenderer { Slug.make(from: $0) }.render(pages[index].body).links
            _ = checkMarkdownLinks(links, of: pages[index], at: nil, log: &pageLog)
            ImageAlternatives.check(links, of: pages[index], log: &pageLog)
            return pageLog
        }
        for pageLog in logs { log.append(pageLog) }
    }

    /// Reports the Markdown links of `page`, published at `urlPath` (nil when it is not), that lead nowhere; returns
    /// their destinations as they end up in the HTML.
    private func checkMarkdownLinks(_ links: [MarkdownLink], of page: Page, at urlPath: String?, log: inout DiagnosticLog) -> Set<String> {
        let resolver = LinkResolver(site: site)
        let file = urlPath.map { $0 + "index.html" } ?? ""
        var written: Set<String> = []
        var suggestions = 0
        for link in links {
            let location = SourceLocation(file: page.source, line: page.bodyFirstLine + link.line - 1, column: link.column)
            var destination = link.destination
            var target: LinkTarget?
            switch resolver.resolve(link.destination, from: page) {
            case .broken(let broken):
                log.error(broken.message(link.destination, isImage: link.isImage), at: location)
            case .rewritten(let url):
                destination = url
                target = LinkTarget.of(url, onPageAt: urlPath ?? "", base: site.config.baseURL)
            case .unchanged where destination.hasPrefix("#"):
                target = urlPath.map { LinkTarget.of(destination, onPageAt: $0, base: site.config.baseURL) }
            case .unchanged where LinkResolver.hasScheme(destination):
                target = LinkTarget.of(destination, onPageAt: urlPath ?? "", base: site.config.baseURL)
            case .unchanged:
                // A link to a content file with errors: those errors are reported on their own.
                break
            }
            if let target, let problem = index.problem(with: target, from: file, suggesting: suggestions < anchorSuggestionsPerPage) {
                if case .missingAnchor = problem { suggestions += 1 }
                log.error(problem.message(link: link.destination, base: site.config.baseURL), at: location)
            }
            written.insert(Self.comparable(destination))
        }
        return written
    }

    /// Reports the links of the rendered pages at `files` that no Markdown wrote, once for each URL and problem.
    private func checkRenderedPages(_ files: [String], skipping checked: [String: Set<String>], log: inout DiagnosticLog) {
        var problems: [TemplateLinkProblem] = []
        var found: [TemplateLinkProblem.Key: Int] = [:]
        // Menus, breadcrumbs and stylesheets repeat on every page: a URL that does not depend on the page is checked once.
        var checkedOnce: [String: LinkProblem?] = [:]
        // A page whose file has errors shows what the mistakes made of it (an entry of an unknown category links to a
        // commune index that only valid entries make): its own errors say what to fix, its links would only mislead.
        let filesInError = Set(log.entries.filter { $0.severity == .error }.map(\.location.file))
        for file in files {
            guard let references = index.pages[file] else { continue }
            let fromMarkdown = checked[file] ?? []
            let urlPath = OutputIndex.urlPath(of: file)
            if let page = site.pageByURLPath[urlPath], filesInError.contains(site.pages[page].page.source) { continue }
            var suggestions = 0
            for url in references.urls where !fromMarkdown.contains(Self.comparable(url)) {
                // A missing anchor's message names the target page unless it is the page itself.
                let isSameEverywhere = LinkTarget.isSameFromEveryPage(url) && !url.contains("#")
                let problem: LinkProblem?
                if isSameEverywhere, let known = checkedOnce[url] {
                    problem = known
                } else {
                    problem = index.problem(with: LinkTarget.of(url, onPageAt: urlPath, base: site.config.baseURL), from: file,
                                            suggesting: suggestions < anchorSuggestionsPerPage)
                    if case .missingAnchor = problem { suggestions += 1 }
                    if isSameEverywhere { checkedOnce[url] = .some(problem) }
                }
                guard let problem else { continue }
                let key = TemplateLinkProblem.Key(url: url, problem: problem)
                if let known = found[key] {
                    problems[known].pages.insert(file)
                } else {
                    found[key] = problems.count
                    problems.append(TemplateLinkProblem(key: key, pages: [file]))
                }
            }
        }
        guard !problems.isEmpty else { return }
        let locator = TemplateLinkLocator(folder: folder, themeDirectory: themeDirectory)
        for problem in problems {
            let location = locator.locate(problem.key.url, base: site.config.baseURL) ?? fallbackLocation(of: problem)
            // A value of site.yml already reported at this place (a logo missing from static/) gives one message.
            guard !log.entries.contains(where: { $0.severity == .error && $0.location == location }) else { continue }
            log.error(problem.message(base: site.config.baseURL), at: location)
        }
    }

    /// A link found in no template: it comes from the page's own front matter, or from what a feature generated.
    private func fallbackLocation(of problem: TemplateLinkProblem) -> SourceLocation {
        let first = OutputIndex.urlPath(of: problem.firstPage)
        if let index = site.pageByURLPath[first] { return SourceLocation(file: site.pages[index].page.source) }
        return site.config.theme.location
    }

    /// A URL as compared between Markdown and HTML: cmark percent-encodes what the editor typed.
    static func comparable(_ url: String) -> String {
        PercentDecoding.decode(url) ?? url
    }
}
