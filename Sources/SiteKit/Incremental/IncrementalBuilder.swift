/// Builds one site again and again for `clsm serve`, redoing only what a change needs.
///
/// When only the Markdown bodies of pages changed (`BodyEdits`), it renders those pages and checks their links against
/// the last good build, and takes everything else as it was. Otherwise it runs the stages of `SiteBuilder.render` with
/// three savings, and gives the same files: a file whose size, times and inode are unchanged is not read again
/// (`TextCache`), a content file whose text is unchanged is not parsed again (`PageCache`), and a page is rendered again
/// only when its fingerprint (`RenderFingerprints`) differs from the one of the last good build. Feeds, exports,
/// redirects and static files are listed each time. Not for concurrent use: one build at a time.
public final class IncrementalBuilder {
    /// The site folder.
    public let folder: SiteFolder
    /// Now, drafts, base URL.
    public let context: BuildContext
    /// The theme folder the latest build used (to watch it), once a build got that far.
    public private(set) var themeDirectory: String?
    private var textCache = TextCache()
    private var pageCache = PageCache()
    /// Output path → fingerprint of the page the last good build wrote there.
    private var lastGood: [String: Int] = [:]
    /// Output path → the page the last good build rendered there, handed back when it is unchanged.
    private var lastPages: [String: OutputFile] = [:]
    /// The last good build, for rebuilds after body edits.
    private var last: LastBuild?
    /// Absolute paths of the files changed since the last good build.
    private var changedSinceLast: Set<String> = []

    /// A builder for `folder`; its first build renders everything.
    public init(folder: SiteFolder, context: BuildContext) {
        self.folder = folder
        self.context = context
    }

    /// Builds the site in memory after the files at the absolute paths `changed` changed (empty: anything may have);
    /// nil when an error was found (all of them are in `log`, and the next build compares with the last good one).
    public func render(after changed: Set<String>, log: inout DiagnosticLog) -> IncrementalBuild? {
        changedSinceLast.formUnion(changed)
        guard !changed.isEmpty, var last,
              let edits = BodyEdits(changed: changedSinceLast, since: last, folder: folder, texts: &textCache)
        else { return render(log: &log) }
        // Held by `last` alone while the pages render, so that it changes in place rather than as a copy of every page.
        self.last = nil
        defer { self.last = last }
        guard let build = edits.render(into: &last, folder: folder, jobs: context.jobs, log: &log) else { return nil }
        textCache.markGoodBuild()
        changedSinceLast = []
        for file in build.files {
            // Fingerprints cover bodies: the next full rebuild renders these pages again rather than trust a stale one.
            lastGood[file.path] = nil
        }
        return build
    }

    /// Builds the whole site in memory, reusing what did not change; nil when an error was found (all of them are in
    /// `log`, and the next build compares with the last good one).
    public func render(log: inout DiagnosticLog) -> IncrementalBuild? {
        var current: [String: Int] = [:]
        let hooks = BuildHooks(
            readText: { [self] path, file, log in textCache.read(path, file: file, log: &log) },
            loaded: { [self] sources in
                pageCache.keep(onlyFor: sources.configText)
                pageCache.keep(onlyPaths: Set(sources.contentFiles.map(\.relativePath)))
            },
            readPage: { [self] text, path, kind, validation, log in
                pageCache.read(text, contentPath: path, kind: kind, context: validation, log: &log)
            },
            selectPages: { [self] site, theme, environment, configText in
                let fingerprints = RenderFingerprints(site: site, theme: theme, environment: environment,
                                                      configText: configText, folder: folder, jobs: context.jobs)
                var selection = RenderSelection()
                var kept: [OutputFile] = []
                for (index, entry) in site.pages.enumerated() {
                    select(entry.urlPath + "index.html", fingerprints.pages[index], index, into: &selection.pages, &kept, &current)
                }
                for (index, page) in site.generatedPages.enumerated() {
                    let path = page.urlPath.hasSuffix(".html") ? page.urlPath : page.urlPath + "index.html"
                    select(path, fingerprints.generated[index], index, into: &selection.generated, &kept, &current)
                }
                return (selection, keptPages(kept, in: site))
            }
        )
        var buildLog = DiagnosticLog()
        let rendered = SiteBuilder(folder: folder, context: context).render(hooks: hooks, into: .memory, log: &buildLog)
        log.append(buildLog)
        guard let build = rendered else { return nil }
        themeDirectory = build.themeDirectory
        lastGood = current
        lastPages = Dictionary(uniqueKeysWithValues: build.files.filter { current[$0.path] != nil }.map { ($0.path, $0) })
        let paths = Set(build.files.map(\.path))
        last = LastBuild(site: build.site, theme: build.theme, environment: build.environment, index: build.index,
                         contentLinks: Dictionary(build.contentLinks.map { ($0.pageIndex, $0.links) }) { first, _ in first },
                         diagnostics: buildLog, paths: paths)
        textCache.markGoodBuild()
        changedSinceLast = []
        return IncrementalBuild(files: build.files.filter { !build.kept.contains($0.path) }, paths: paths)
    }

    /// Forgets what was rendered, so that the next build renders everything (after its output could not be written).
    public func forgetRenders() {
        lastGood = [:]
        lastPages = [:]
        last = nil
    }

    /// The kept files, with what the last good build's link check read of them.
    private func keptPages(_ files: [OutputFile], in site: ResolvedSite) -> KeptPages {
        var kept = KeptPages(files: files)
        guard let last else { return kept }
        for file in files {
            kept.references[file.path] = last.index.pages[file.path]
            let urlPath = OutputIndex.urlPath(of: file.path)
            if let before = last.site.pageByURLPath[urlPath], let links = last.contentLinks[before],
               let now = site.pageByURLPath[urlPath] {
                kept.contentLinks.append(ContentLinks(pageIndex: now, links: links))
            }
        }
        return kept
    }

    /// Sorts one page: kept when its fingerprint is the last good build's for the same path, else to render.
    private func select(_ path: String, _ fingerprint: Int?, _ index: Int, into selected: inout Set<Int>,
                        _ kept: inout [OutputFile], _ current: inout [String: Int]) {
        guard let fingerprint else {
            selected.insert(index)
            return
        }
        current[path] = fingerprint
        if lastGood[path] == fingerprint, let file = lastPages[path] {
            kept.append(file)
        } else {
            selected.insert(index)
        }
    }
}
