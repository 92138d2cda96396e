/// Runs the stages for one site, top to bottom: load → validate → resolve → render → write.
public struct SiteBuilder: Sendable {
    /// The site folder.
    public let folder: SiteFolder
    /// Now, drafts, base URL.
    public let context: BuildContext

    /// A builder for `folder`.
    public init(folder: SiteFolder, context: BuildContext) {
        self.folder = folder
        self.context = context
    }

    /// Builds the site in memory; nil when an error was found (all of them are in `log`).
    public func render(log: inout DiagnosticLog) -> [OutputFile]? {
        render(hooks: nil, log: &log)?.files
    }

    /// The same build, with `clsm serve`'s caches and page selection when `hooks` are given. Pages the hooks keep
    /// from the last build come back in `kept`, and are part of `files` so that links and collisions are checked
    /// against the whole site.
    func render(hooks: BuildHooks?, log: inout DiagnosticLog) -> (files: [OutputFile], kept: Set<String>, themeDirectory: String)? {
        let loaded = hooks.map { SourceLoader.load(folder, log: &log, readText: $0.readText) } ?? SourceLoader.load(folder, log: &log)
        guard let sources = loaded else { return nil }
        hooks?.loaded(sources)
        let validated = hooks.map { SiteValidator.validate(sources, context: context, log: &log, readPage: $0.readPage) }
            ?? SiteValidator.validate(sources, context: context, log: &log)
        guard let model = validated else { return nil }
        let theme = ThemeLoader.load(config: model.config, folder: folder, log: &log)
        let staticFiles = StaticFiles.collect(themeDirectory: theme?.directory, folder: folder, log: &log)
        let environment = RenderEnvironment(
            french: FrenchStyle(isFrench: model.config.language == "fr"), baseURL: model.config.baseURL,
            timeZone: model.config.timeZone, now: context.now.instant(in: model.config.timeZone), themeDirectory: theme?.directory)
        let site = SiteResolver.resolve(model, staticFiles: staticFiles, features: SiteFeatures.all,
                                        environment: environment, log: &log)
        guard let theme else { return nil }

        var renderer = PageRenderer(site: site, theme: theme, environment: environment)
        var kept: [OutputFile] = []
        if let hooks {
            (renderer.selection, kept) = hooks.selectPages(site, theme, environment, sources.configText)
        }
        var contentLinks: [ContentLinks] = []
        var files = renderer.render(contentLinks: &contentLinks, log: &log) + kept
        for feature in SiteFeatures.all {
            files += feature.files(for: site, environment: environment, log: &log)
        }
        files += AliasRedirects.render(site: site, taken: Set(files.map(\.path)), log: &log)
        files += OutputCollisions(site: site, folder: folder).staticFiles(staticFiles, besides: files, log: &log)
        LinkChecker(site: site, index: OutputIndex(files: files, site: site), folder: folder, themeDirectory: theme.directory)
            .check(contentLinks, log: &log)
        return log.hasErrors ? nil : (files, Set(kept.map(\.path)), theme.directory)
    }

    /// Builds the site into `output`; the previous output stays untouched unless the whole build succeeds.
    public func build(into output: String, log: inout DiagnosticLog) -> Bool {
        guard let files = render(log: &log) else { return false }
        return OutputWriter.write(files, to: output, folder: folder, log: &log)
    }
}
