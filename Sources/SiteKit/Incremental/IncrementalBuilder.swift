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

    /// A builder for `folder`; its first build renders everything.
    public init(folder: SiteFolder, context: BuildContext) {
        self.folder = folder
        self.context = context
    }

    /// Builds the site in memory; nil when an error was found (all of them are in `log`, and the next build
    /// compares with the last good one).
    public func render(log: inout DiagnosticLog) -> IncrementalBuild? {
        let loaded = SourceLoader.load(folder, log: &log) { path, file, log in
            textCache.read(path, file: file, log: &log)
        }
        guard let sources = loaded else { return nil }
        pageCache.keep(onlyFor: sources.configText)
        pageCache.keep(onlyPaths: Set(sources.contentFiles.map(\.relativePath)))
        let model = SiteValidator.validate(sources, context: context, log: &log) { text, path, kind, validation, log in
            pageCache.read(text, contentPath: path, kind: kind, context: validation, log: &log)
        }
        guard let model else { return nil }
        let theme = ThemeLoader.load(config: model.config, folder: folder, log: &log)
        let staticFiles = StaticFiles.collect(themeDirectory: theme?.directory, folder: folder, log: &log)
        let environment = RenderEnvironment(
            french: FrenchStyle(isFrench: model.config.language == "fr"), baseURL: model.config.baseURL,
            timeZone: model.config.timeZone, now: context.now.instant(in: model.config.timeZone))
        let site = SiteResolver.resolve(model, staticFiles: staticFiles, features: SiteFeatures.all,
                                        environment: environment, log: &log)
        guard let theme else { return nil }
        themeDirectory = theme.directory

        let fingerprints = RenderFingerprints(site: site, theme: theme, environment: environment,
                                              configText: sources.configText, folder: folder)
        var selection = RenderSelection()
        var unchanged: Set<String> = []
        var current: [String: Int] = [:]
        for (index, entry) in site.pages.enumerated() {
            note(entry.urlPath + "index.html", fingerprints.pages[index], index, in: &selection.pages, &unchanged, &current)
        }
        for (index, page) in site.generatedPages.enumerated() {
            note(page.urlPath + "index.html", fingerprints.generated[index], index, in: &selection.generated, &unchanged, &current)
        }

        var renderer = PageRenderer(site: site, theme: theme, environment: environment)
        renderer.selection = selection
        var files = renderer.render(log: &log)
        for feature in SiteFeatures.all {
            files += feature.files(for: site, environment: environment, log: &log)
        }
        files += AliasRedirects.render(site: site, taken: unchanged.union(files.map(\.path)), log: &log)
        let generated = unchanged.union(files.map(\.path))
        for (path, source) in staticFiles.sorted(by: { $0.key < $1.key }) where !generated.contains(path) {
            files.append(OutputFile(path: path, contents: .copy(from: source)))
        }
        guard !log.hasErrors else { return nil }
        lastGood = current
        return IncrementalBuild(files: files, unchanged: unchanged)
    }

    /// Forgets what was rendered, so that the next build renders everything (after its output could not be written).
    public func forgetRenders() {
        lastGood = [:]
    }

    /// Sorts one page: unchanged when its fingerprint is the last good build's for the same path, else to render.
    private func note(_ path: String, _ fingerprint: Int?, _ index: Int, in selected: inout Set<Int>,
                      _ unchanged: inout Set<String>, _ current: inout [String: Int]) {
        guard let fingerprint else {
            selected.insert(index)
            return
        }
        current[path] = fingerprint
        if lastGood[path] == fingerprint {
            unchanged.insert(path)
        } else {
            selected.insert(index)
        }
    }
}
