/// The rendered site as the link check sees it: which files exist, and the ids and links of each HTML page clsm wrote.
struct OutputIndex {
    /// Every output path (`guide/cmp/index.html`, `docs/a.pdf`).
    let paths: SitePaths
    /// What each HTML file clsm rendered holds, by output path; static HTML files are copied unread.
    private(set) var pages: [String: HTMLReferences]

    /// Takes what the link check read of pages rendered again at paths the index has; gives back what it held for them.
    @discardableResult
    mutating func replace(_ references: [String: HTMLReferences]) -> [String: HTMLReferences?] {
        var replaced: [String: HTMLReferences?] = [:]
        for (path, new) in references { replaced[path] = .some(pages.updateValue(new, forKey: path)) }
        return replaced
    }

    /// Puts back what `replace(_:)` gave back.
    mutating func restore(_ replaced: [String: HTMLReferences?]) {
        for (path, old) in replaced { pages[path] = old }
    }

    /// Indexes `files` and the pages at `otherPaths` (written or dropped once read), with the `references` of the pages
    /// already read; every other HTML file rendered from text is read here. The pages of `site` count as present
    /// even when an error kept one from rendering: that error is reported, not every link to its page.
    init(files: [OutputFile], otherPaths: [String] = [], references: [String: HTMLReferences] = [:], site: ResolvedSite) {
        // The files a feature makes after the link check (the guide's PDF) are known by their paths.
        paths = SitePaths(Set(files.map(\.path)).union(otherPaths).union(Self.pagePaths(of: site)).union(site.generatedFiles))
        var pages = references
        for file in files where file.path.hasSuffix(".html") && pages[file.path] == nil {
            switch file.contents {
            case .text(let html): pages[file.path] = HTMLReferences(scanning: html)
            case .utf8(let html): pages[file.path] = HTMLReferences(scanning: html)
            case .copy: break
            }
        }
        self.pages = pages
    }

    /// What is wrong with a link to `target` written on the page in `file`, or nil when it leads somewhere. A missing
    /// anchor gets the nearest id of its page as a suggestion when `suggesting` (a search through all its ids).
    func problem(with target: LinkTarget, from file: String, suggesting: Bool = true) -> LinkProblem? {
        switch target {
        case .external:
            return nil
        case .outsideBase:
            return .outsideBase
        case .site(let path, let fragment):
            guard let targetFile = paths.file(at: path) else { return .missing }
            guard let fragment = LinkTarget.anchor(fragment), let references = pages[targetFile],
                  !references.ids.contains(fragment) else { return nil }
            let suggestion = suggesting ? KeySuggestion.closest(to: fragment, among: references.ids.sorted()) : nil
            return .missingAnchor(fragment, page: targetFile == file ? nil : targetFile, suggestion: suggestion)
        }
    }

    /// The output paths of every page of `site`, content and generated.
    static func pagePaths(of site: ResolvedSite) -> [String] {
        site.pages.map { $0.urlPath + "index.html" } + site.generatedByURLPath.keys.map { $0.hasSuffix(".html") ? $0 : $0 + "index.html" }
    }

    /// The URL path a page file is published at: `guide/index.html` → `guide/`, `404.html` → `404.html`.
    static func urlPath(of file: String) -> String {
        if file == "index.html" { return "" }
        return file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
    }
}

/// How many broken anchors of one page get a suggestion: each searches all the ids of the page it points to, and a page
/// of thousands of broken anchors to a page of thousands of ids must not cost their product.
let anchorSuggestionsPerPage = 20

/// Why a link leads nowhere.
enum LinkProblem: Hashable {
    /// A path of the host outside the site's base path.
    case outsideBase
    /// No page and no file at that path.
    case missing
    /// The page exists (`page`, an output path; nil for the linking page itself) but has no such id.
    case missingAnchor(String, page: String?, suggestion: String?)

    /// The message for a link written as `link`.
    func message(link: String, base: BaseURL) -> Message {
        switch self {
        case .outsideBase:
            return .linkOutsideBase(link, basePath: base.path)
        case .missing:
            return .linkToNothing(link)
        case .missingAnchor(let fragment, let page, let suggestion):
            guard let page else { return .anchorMissingHere(link, suggestion: suggestion) }
            return .anchorMissing(link, fragment: fragment, page: base.sitePath(OutputIndex.urlPath(of: page)), suggestion: suggestion)
        }
    }
}
