/// A network site's pages and regional `.ics`, made from its members' published files (`network:` in site.yml).
struct NetworkFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        guard let network = load(site, environment, log: &log) else { return [] }
        return NetworkPages(network: network, environment: environment, baseURL: site.config.baseURL).all
    }

    func filePaths(for site: ResolvedSite) -> [String] {
        site.config.network == nil ? [] : [NetworkPages.calendarPath]
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        // The members' mistakes were reported with the pages.
        var reported = DiagnosticLog()
        guard let network = load(site, environment, log: &reported) else { return [] }
        let calendar = NetworkCalendar(network: network, now: environment.now)
        return [OutputFile(path: NetworkPages.calendarPath, contents: .text(calendar.file(named: site.config.title + " – Agenda régional")))]
    }

    private func load(_ site: ResolvedSite, _ environment: RenderEnvironment, log: inout DiagnosticLog) -> Network? {
        guard let settings = site.config.network, let folder = environment.siteDirectory else { return nil }
        return Network.load(settings, siteDirectory: folder, log: &log)
    }
}
