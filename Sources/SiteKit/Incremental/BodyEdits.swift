/// Edits that changed only the Markdown bodies of published pages: their front matter, and every other file, are as
/// the last good build read them. Such a page's body shows on its own page only (news excepted: the Atom feed shows
/// theirs), so a rebuild renders those pages and checks their links, and takes everything else as it was.
struct BodyEdits {
    /// The new body of each edited page, by index in `ResolvedSite.pages`.
    let bodies: [Int: String]

    /// The body edits among the files at the absolute paths `changed`, read into `texts`; nil when a change is anything
    /// else: another kind of file, a file added or removed, a front matter or a news page changed, a file unreadable.
    init?(changed: Set<String>, since last: LastBuild, folder: SiteFolder, texts: inout TextCache) {
        let contentRoot = folder.contentDirectory + "/"
        var bodies: [Int: String] = [:]
        for path in changed {
            guard path.hasPrefix(contentRoot), path.hasSuffix(".md") else { return nil }
            let contentPath = String(path.dropFirst(contentRoot.count))
            let file = "content/" + contentPath
            var problems = DiagnosticLog()
            guard let index = last.site.pageByContentPath[contentPath], last.site.pages[index].page.kind != .news,
                  let before = texts.textAtLastGoodBuild(path), let now = texts.read(path, file: file, log: &problems),
                  let old = FrontMatterSplitter.split(before, file: file, log: &problems),
                  let new = FrontMatterSplitter.split(now, file: file, log: &problems), problems.entries.isEmpty,
                  old.frontMatter == new.frontMatter, old.bodyFirstLine == new.bodyFirstLine
            else { return nil }
            bodies[index] = new.body
        }
        guard !bodies.isEmpty else { return nil }
        self.bodies = bodies
    }

    /// Renders the edited pages into `last` and checks their links, and the links that lead to them; the build with
    /// the pages rendered, or nil when a link now leads nowhere (the errors are in `log`, `last` is as it was).
    /// `last` changes in place: a copy of every page and of the link index would cost more than the render.
    func render(into last: inout LastBuild, folder: SiteFolder, jobs: Int, log: inout DiagnosticLog) -> IncrementalBuild? {
        let pagesBefore = bodies.keys.map { ($0, last.site.pages[$0].page) }
        let linksBefore = bodies.keys.map { ($0, last.contentLinks[$0]) }
        for (index, body) in bodies { last.site.pages[index].page = last.site.pages[index].page.replacingBody(with: body) }
        var problems = DiagnosticLog()
        let rendered = renderPages(of: last, jobs: jobs, log: &problems)
        let referencesBefore = last.index.replace(rendered.references)
        for page in bodies.keys { last.contentLinks[page] = nil }
        for entry in rendered.contentLinks { last.contentLinks[entry.pageIndex] = entry.links }

        // The pages whose links the edit may affect: the edited ones, and those keeping links the whole site must
        // settle (to anchors of other pages, among others). Every other page's links led somewhere and still do.
        let edited = Set(rendered.files.map(\.path))
        let toCheck = edited.union(last.index.pages.filter { !$0.value.urls.isEmpty }.map(\.key))
        let checkedLinks = toCheck.compactMap { [last] file -> ContentLinks? in
            guard let page = last.site.pageByURLPath[OutputIndex.urlPath(of: file)], let pageLinks = last.contentLinks[page] else { return nil }
            return ContentLinks(pageIndex: page, links: pageLinks)
        }.sorted { $0.pageIndex < $1.pageIndex }
        LinkChecker(site: last.site, index: last.index, folder: folder, themeDirectory: last.theme.directory)
            .check(checkedLinks, onlyOn: toCheck, log: &problems)
        log.append(last.diagnostics)
        log.append(problems)
        guard problems.hasErrors else { return IncrementalBuild(files: rendered.files, paths: last.paths) }
        for (index, page) in pagesBefore { last.site.pages[index].page = page }
        for (index, links) in linksBefore { last.contentLinks[index] = links }
        last.index.restore(referencesBefore)
        return nil
    }

    private func renderPages(of last: LastBuild, jobs: Int, log: inout DiagnosticLog) -> RenderedPages {
        var renderer = PageRenderer(site: last.site, theme: last.theme, environment: last.environment)
        renderer.selection = RenderSelection(pages: Set(bodies.keys))
        renderer.linkPrefilter = LinkPrefilter(known: last.index.paths, base: last.site.config.baseURL)
        return renderer.render(into: .memory, jobs: jobs, log: &log)
    }
}
