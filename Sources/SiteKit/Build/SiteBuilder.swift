import Foundation

/// Runs the stages for one site, top to bottom: load → validate → resolve → render → write.
public struct SiteBuilder: Sendable {
    /// The site folder.
    public let folder: SiteFolder
    /// Now, drafts, base URL, threads.
    public let context: BuildContext
    /// What renders the theme's templates: clsm's evaluator, or in tests the reference engine.
    var templateEngine = TemplateEngine.clsm

    /// A builder for `folder`.
    public init(folder: SiteFolder, context: BuildContext) {
        self.folder = folder
        self.context = context
    }

    /// Builds the site in memory; nil when an error was found (all of them are in `log`).
    public func render(log: inout DiagnosticLog) -> [OutputFile]? {
        render(hooks: nil, into: .memory, log: &log)?.files
    }

    /// Builds the site into `output`, or only checks it when `output` is nil; the number of files of the site, or nil
    /// when an error was found (or a warning, with `strict`). Pages are written as they are rendered, into a folder
    /// beside the output that replaces it only when the whole build succeeded.
    public func build(into output: String?, strict: Bool = false, log: inout DiagnosticLog) -> Int? {
        var timings = BuildTimings(enabled: false)
        return build(into: output, strict: strict, log: &log, timings: &timings)
    }

    /// The same build, recording in `timings` how long each stage took.
    public func build(into output: String?, strict: Bool = false, log: inout DiagnosticLog, timings: inout BuildTimings) -> Int? {
        let start = timings.start()
        defer { timings.finish(since: start) }
        guard let output else {
            guard let site = render(hooks: nil, into: .discard, log: &log, timings: &timings), !(strict && log.hasWarnings)
            else { return nil }
            return site.count
        }
        guard let staging = OutputStaging.begin(output: output, folder: folder, log: &log) else {
            // The content's own problems are worth knowing too.
            _ = render(hooks: nil, into: .discard, log: &log, timings: &timings)
            return nil
        }
        guard let site = render(hooks: nil, into: .staging(staging), log: &log, timings: &timings), !(strict && log.hasWarnings),
              timings.stage("write the rest, move into place", {
                  staging.commit(site.files, log: &log, removals: context.outputRemovals) { folder, log in
                      guidePDF(for: site, into: folder, log: &log)
                          && site.site.config.search.map { SearchIndex.run(binary: context.pagefind, folder: folder, at: $0, log: &log) } ?? true
                  }
              }) else {
            staging.abandon()
            return nil
        }
        return site.count
    }

    /// Prints the guide to PDF in `folder` when asked and the site has a guide; false when that failed.
    private func guidePDF(for rendered: Rendered, into folder: String, log: inout DiagnosticLog) -> Bool {
        let site = rendered.site
        let paths = GuidePaths(config: site.config)
        guard let location = site.config.guidePDF, site.generatedByURLPath[paths.print] != nil else { return true }
        return GuidePDF.make(binary: context.chromium, folder: folder, paths: paths, baseURL: site.config.baseURL,
                             now: rendered.environment.now, at: location, log: &log)
    }

    /// Builds the site into `output`; the previous output stays untouched unless the whole build succeeds.
    public func build(into output: String, log: inout DiagnosticLog) -> Bool {
        build(into: Optional(output), log: &log) != nil
    }

    /// What one render gives.
    struct Rendered {
        /// The files held in memory: every file, unless pages went to a `PageDestination` other than memory.
        var files: [OutputFile]
        /// How many files the site has.
        var count: Int
        /// Paths of the pages the hooks kept from the last build (part of `files`).
        var kept: Set<String>
        /// The site as resolved.
        var site: ResolvedSite
        /// The theme.
        var theme: Theme
        /// Typography, URLs and time of the render.
        var environment: RenderEnvironment
        /// The files of the site and what the link check read of each page.
        var index: OutputIndex
        /// The Markdown links of every content page rendered or kept.
        var contentLinks: [ContentLinks]
        /// The theme's folder.
        var themeDirectory: String { theme.directory }
    }

    /// The same build, with `clsm serve`'s caches and page selection when `hooks` are given. Pages the hooks keep
    /// from the last build come back in `kept`, and are part of `files` so that links and collisions are checked
    /// against the whole site.
    func render(hooks: BuildHooks?, into destination: PageDestination, log: inout DiagnosticLog) -> Rendered? {
        var timings = BuildTimings(enabled: false)
        return render(hooks: hooks, into: destination, log: &log, timings: &timings)
    }

    /// The same render, recording in `timings` how long each stage took.
    func render(hooks: BuildHooks?, into destination: PageDestination, log: inout DiagnosticLog,
                timings: inout BuildTimings) -> Rendered? {
        guard let (model, configText) = timings.stage("read and validate", { validate(hooks: hooks, log: &log) }) else { return nil }
        let theme = timings.stage("load the theme") { loadTheme(model.config, log: &log) }
        let staticFiles = StaticFiles.collect(themeDirectory: theme?.directory, folder: folder, log: &log)
        let environment = RenderEnvironment(
            french: FrenchStyle(isFrench: model.config.language == "fr"), baseURL: model.config.baseURL,
            timeZone: model.config.timeZone, now: context.now.instant(in: model.config.timeZone), themeDirectory: theme?.directory,
            reservedIdentifiers: theme?.reservedIDs ?? [:],
            lastChanges: lastChanges(),
            siteDirectory: folder.root, jobs: context.jobs, javascriptDirectory: context.javascriptDirectory)
        let site = timings.stage("resolve") {
            SiteResolver.resolve(model, staticFiles: staticFiles, features: SiteFeatures.all, environment: environment, log: &log)
        }
        guard let theme else { return nil }

        var renderer = PageRenderer(site: site, theme: theme, environment: environment)
        var kept = KeptPages()
        if let hooks {
            (renderer.selection, kept) = timings.stage("select the pages to render") { hooks.selectPages(site, theme, environment, configText) }
        }
        // Exports first, each written at once: their peak of memory passes before the pages' references pile up.
        var placed = timings.stage("exports and feeds") {
            var placed = RenderedPages()
            for feature in SiteFeatures.all {
                placed.append(feature.placeFiles(for: site, environment: environment, into: destination, log: &log))
            }
            return placed
        }
        let knownPaths = Set(OutputIndex.pagePaths(of: site)).union(placed.files.map(\.path)).union(placed.otherPaths)
            .union(staticFiles.keys).union(kept.files.map(\.path)).union(site.generatedFiles)
        renderer.linkPrefilter = LinkPrefilter(known: SitePaths(knownPaths), base: site.config.baseURL)
        renderer.measuresEngines = timings.isEnabled
        let pages = timings.stage("pages") { renderer.render(into: destination, jobs: context.jobs, log: &log) }
        timings.templateSeconds += pages.templateSeconds
        timings.markdownSeconds += pages.markdownSeconds
        placed.append(pages)
        placed.references.merge(kept.references) { rendered, _ in rendered }
        placed.contentLinks += kept.contentLinks
        var files = placed.files + kept.files
        files += AliasRedirects.render(site: site, taken: Set(files.map(\.path)).union(placed.otherPaths), log: &log)
        files += OutputCollisions(site: site, folder: folder).staticFiles(staticFiles, besides: files.map(\.path) + placed.otherPaths,
                                                                          log: &log)
        let index = OutputIndex(files: files, otherPaths: placed.otherPaths, references: placed.references, site: site)
        timings.stage("check the links") {
            let checker = LinkChecker(site: site, index: index, folder: folder, themeDirectory: theme.directory)
            checker.check(placed.contentLinks, jobs: context.jobs, log: &log)
            checker.checkBodies(of: model.bodiesInError, jobs: context.jobs, log: &log)
        }
        guard !log.hasErrors else { return nil }
        return Rendered(files: files, count: files.count + placed.otherPaths.count, kept: Set(kept.files.map(\.path)),
                        site: site, theme: theme, environment: environment, index: index, contentLinks: placed.contentLinks)
    }

    /// When each file of the site last changed, from git when the context asks for it.
    private func lastChanges() -> [String: Date] {
        guard context.readsGitHistory else { return [:] }
        return (context.gitHistories.map { $0.lastChanges(in: folder.root) } ?? GitHistory.lastChanges(in: folder.root)) ?? [:]
    }

    /// The site's theme, from the run's cache when the site has no `layouts/` of its own to change it.
    private func loadTheme(_ config: SiteConfig, log: inout DiagnosticLog) -> Theme? {
        guard let cache = context.themeCache, let directory = folder.themeDirectory(named: config.theme.value),
              !FileSystem.isDirectory(folder.layoutsDirectory) else {
            return ThemeLoader.load(config: config, folder: folder, engine: templateEngine, log: &log)
        }
        return cache.theme(directory + "\n" + config.language) {
            var loading = DiagnosticLog()
            let theme = ThemeLoader.load(config: config, folder: folder, engine: templateEngine, log: &loading)
            log.append(loading)
            return (theme, loading.entries.isEmpty)
        }
    }

    /// Loads and validates the site's files; the model and the text of `site.yml`. The files' text is dropped here,
    /// once each page holds its own body.
    private func validate(hooks: BuildHooks?, log: inout DiagnosticLog) -> (SiteModel, String)? {
        let loaded = hooks.map { SourceLoader.load(folder, log: &log, readText: $0.readText) } ?? SourceLoader.load(folder, log: &log)
        guard let sources = loaded else { return nil }
        hooks?.loaded(sources)
        let validated = hooks.map { SiteValidator.validate(sources, context: context, log: &log, readPage: $0.readPage) }
            ?? SiteValidator.validate(sources, context: context, log: &log)
        return validated.map { ($0, sources.configText) }
    }
}
