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
        guard let sources = SourceLoader.load(folder, log: &log),
              let model = SiteValidator.validate(sources, context: context, log: &log) else { return nil }
        let theme = ThemeLoader.load(config: model.config, folder: folder, log: &log)
        let staticFiles = StaticFiles.collect(themeDirectory: theme?.directory, folder: folder, log: &log)
        let environment = RenderEnvironment(
            french: FrenchStyle(isFrench: model.config.language == "fr"), baseURL: model.config.baseURL,
            timeZone: model.config.timeZone, now: context.now.instant(in: model.config.timeZone), themeDirectory: theme?.directory)
        let site = SiteResolver.resolve(model, staticFiles: staticFiles, features: SiteFeatures.all,
                                        environment: environment, log: &log)
        guard let theme else { return nil }

        var files = PageRenderer(site: site, theme: theme, environment: environment).render(log: &log)
        for feature in SiteFeatures.all {
            files += feature.files(for: site, environment: environment, log: &log)
        }
        files += AliasRedirects.render(site: site, taken: Set(files.map(\.path)), log: &log)
        let generated = Set(files.map(\.path))
        for (path, source) in staticFiles.sorted(by: { $0.key < $1.key }) where !generated.contains(path) {
            files.append(OutputFile(path: path, contents: .copy(from: source)))
        }
        return log.hasErrors ? nil : files
    }

    /// Builds the site into `output`; the previous output stays untouched unless the whole build succeeds.
    public func build(into output: String, log: inout DiagnosticLog) -> Bool {
        guard let files = render(log: &log) else { return false }
        return OutputWriter.write(files, to: output, folder: folder, log: &log)
    }
}
