/// A part of clsm that adds pages and files made from the site's data (the guide's indexes, the agenda, feeds).
protocol SiteFeature: Sendable {
    /// The pages it adds; known before rendering, so that content can link to them.
    /// Mistakes in the settings it reads from `site.yml` are recorded in `log` here.
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage]
    /// The files it adds (JSON, iCalendar, feeds), rendered once every page is known.
    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile]
    /// The paths of the files it will add, when known before rendering, so that content can link to them.
    func filePaths(for site: ResolvedSite) -> [String]
    /// Its files, sent to `destination`; a feature whose files weigh several MB makes and places them one at a time.
    func placeFiles(for site: ResolvedSite, environment: RenderEnvironment, into destination: PageDestination,
                    log: inout DiagnosticLog) -> RenderedPages
}

extension SiteFeature {
    /// None by default: links to its files are then checked once they are written.
    func filePaths(for site: ResolvedSite) -> [String] { [] }

    /// All its files made, then placed.
    func placeFiles(for site: ResolvedSite, environment: RenderEnvironment, into destination: PageDestination,
                    log: inout DiagnosticLog) -> RenderedPages {
        destination.place(files(for: site, environment: environment, log: &log), log: &log)
    }
}

/// Every feature, in the order they run. One line a feature.
enum SiteFeatures {
    static let all: [any SiteFeature] = [
        GuideFeature(),
        AgendaFeature(),
        PublishingFeature(),
        SearchFeature(),
        InstitutionalPages(),
        SiteExportsFeature(),
        NetworkFeature(),
    ]
}
