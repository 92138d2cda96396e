import FrenchText

/// The validate stage: typed settings and pages from the loaded files, every problem recorded.
public enum SiteValidator {
    /// The site model; nil when `site.yml` is unusable. Pages with errors are left out (the log fails the build).
    /// Content files are read on `context.jobs` threads.
    public static func validate(_ sources: LoadedSources, context: BuildContext, log: inout DiagnosticLog) -> SiteModel? {
        validate(sources, context: context, log: &log, readPage: nil)
    }

    /// `validate`, each content file read by `readPage` (a preview's cache of unchanged files) in turn when given.
    static func validate(_ sources: LoadedSources, context: BuildContext, log: inout DiagnosticLog,
                         readPage: PageReading?) -> SiteModel? {
        // A mistake in site.yml does not hide those of the content: they are checked in the same run.
        guard var read = SiteConfigReader.readDespiteErrors(sources.configText, file: "site.yml",
                                                            baseURLOverride: context.baseURLOverride, log: &log)
        else { return nil }
        // `clsm build --pdf` asks what `guide.pdf: true` does.
        if context.guidePDF && read.guidePDF == nil { read.guidePDF = SourceLocation(file: "site.yml") }
        let config = read

        let validation = ValidationContext(config: config, now: context.now.instant(in: config.timeZone))
        var pages: [Page] = []
        var bodiesInError: [Page] = []
        var categoriesInError: [Located<String>] = []
        var eventsNamingEditions: [Int: Int] = [:]
        // A file already reported as unreadable is not reported again by each link to it.
        var unpublished = Dictionary(uniqueKeysWithValues: sources.unreadableFiles.map { ($0, UnpublishedReason.invalid) })
        let files = sources.contentFiles
        @Sendable func readFile(_ file: SourceFile, with reader: PageReading) -> (page: Page?, log: DiagnosticLog) {
            var fileLog = DiagnosticLog()
            let page = reader(file.text, file.relativePath, kind(of: file.relativePath, in: config), validation, &fileLog)
            return (page, fileLog)
        }
        // A preview's cache is read in turn; plain reads run on every thread.
        let results = readPage.map { reader in files.map { readFile($0, with: reader) } }
            ?? ParallelWork.map(count: files.count, jobs: context.jobs) { readFile(files[$0], with: PageReader.read) }
        for (file, result) in zip(files, results) {
            log.append(result.log)
            guard let page = result.page else {
                unpublished[file.relativePath] = .invalid
                let remains = FileInError(file, kind: kind(of: file.relativePath, in: config))
                if let body = remains.body { bodiesInError.append(body) }
                if let category = remains.category { categoriesInError.append(category) }
                if let year = remains.sismYear { eventsNamingEditions[year, default: 0] += 1 }
                continue
            }
            if let year = (page.details as? EventDetails)?.sismYear { eventsNamingEditions[year, default: 0] += 1 }
            if let reason = reasonNotToPublish(page, config: config, context: context) {
                unpublished[file.relativePath] = reason
            } else {
                pages.append(page)
            }
        }
        let present = Set(pages.map(\.contentPath)).union(sources.contentFiles.map(\.relativePath)).union(sources.unreadableFiles)
        for folder in [""] + sources.contentFolders where !present.contains(Path.join(folder, "index.md")) {
            pages.append(SectionPages.generated(for: folder, config: config))
        }
        pages.sort { $0.contentPath < $1.contentPath }
        return SiteModel(config: config, pages: pages, unpublished: unpublished, bodiesInError: bodiesInError,
                         categoriesOfEntriesInError: categoriesInError, eventsNamingEditions: eventsNamingEditions)
    }

    /// The kind a content path gives its file: its first folder's, unless it is a folder's own `index.md`.
    static func kind(of contentPath: String, in config: SiteConfig) -> ContentKind {
        let segments = Path.segments(contentPath)
        guard segments.count > 1, segments.last != "index.md", let first = segments.first else { return .page }
        return config.sections[String(first)] ?? .page
    }

    private static func reasonNotToPublish(_ page: Page, config: SiteConfig, context: BuildContext) -> UnpublishedReason? {
        if page.isDraft && !context.includeDrafts { return .draft }
        // Events are dated by `start`, and stay published whatever their date.
        guard page.kind != .event, let date = page.date else { return nil }
        let isFuture = ZonedTime.instant(of: date, in: config.timeZone) > context.now.instant(in: config.timeZone)
        return isFuture ? .future(date) : nil
    }
}
