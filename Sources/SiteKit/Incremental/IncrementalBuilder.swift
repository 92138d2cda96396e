/// Builds one site again and again for `clsm serve`, redoing only what a change needs.
///
/// It runs the stages of `SiteBuilder.render` with three savings, and gives the same files: a file whose size, times
/// and inode are unchanged is not read again (`TextCache`), a content file whose text is unchanged is not parsed
/// again (`PageCache`), and a page is rendered again only when its fingerprint
/// (`RenderFingerprints`) differs from the one of the last good build. Feeds, exports, redirects and static files are
/// listed each time. Not for concurrent use: one build at a time.
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

    /// A builder for `folder`; its first build renders everything.
    public init(folder: SiteFolder, context: BuildContext) {
        self.folder = folder
        self.context = context
    }

    /// Builds the site in memory; nil when an error was found (all of them are in `log`, and the next build
    /// compares with the last good one).
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
                                                      configText: configText, folder: folder)
                var selection = RenderSelection()
                var kept: [OutputFile] = []
                for (index, entry) in site.pages.enumerated() {
                    select(entry.urlPath + "index.html", fingerprints.pages[index], index, into: &selection.pages, &kept, &current)
                }
                for (index, page) in site.generatedPages.enumerated() {
                    let path = page.urlPath.hasSuffix(".html") ? page.urlPath : page.urlPath + "index.html"
                    select(path, fingerprints.generated[index], index, into: &selection.generated, &kept, &current)
                }
                return (selection, kept)
            }
        )
        guard let build = SiteBuilder(folder: folder, context: context).render(hooks: hooks, into: .memory, log: &log) else { return nil }
        themeDirectory = build.themeDirectory
        lastGood = current
        lastPages = Dictionary(uniqueKeysWithValues: build.files.filter { current[$0.path] != nil }.map { ($0.path, $0) })
        return IncrementalBuild(files: build.files.filter { !build.kept.contains($0.path) }, unchanged: build.kept)
    }

    /// Forgets what was rendered, so that the next build renders everything (after its output could not be written).
    public func forgetRenders() {
        lastGood = [:]
        lastPages = [:]
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
