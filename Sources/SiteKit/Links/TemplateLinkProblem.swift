/// One broken link that no Markdown wrote, with every page that carries it: reported once, not once a page.
struct TemplateLinkProblem {
    /// The URL as it stands in the HTML, and what is wrong with it.
    struct Key: Hashable {
        let url: String
        let problem: LinkProblem
    }

    /// The link and its problem.
    let key: Key
    /// The output files of the pages that carry the link.
    var pages: Set<String>

    /// The page named in the message: the first by output path, a folder's page rather than `404.html`.
    var firstPage: String {
        pages.min { ($0.hasSuffix("index.html") ? 0 : 1, $0) < ($1.hasSuffix("index.html") ? 0 : 1, $1) } ?? ""
    }

    /// The message: the problem, and on which pages.
    func message(base: BaseURL) -> Message {
        let page = base.sitePath(OutputIndex.urlPath(of: firstPage))
        return key.problem.message(link: key.url, base: base).suffixed(Message.onPages(page, others: pages.count - 1))
    }
}
