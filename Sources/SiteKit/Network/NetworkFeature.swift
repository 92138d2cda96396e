/// A network site's pages and regional `.ics` files (the region's, each member's), made from its members' published files (`network:` in site.yml).
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
        let regional = NetworkCalendar(events: network.events).file(named: site.config.title + " – Agenda régional")
        let members = network.members.indices.map { index in
            let member = network.members[index]
            let calendar = NetworkCalendar(events: network.eventsByMember[index]).file(named: member.displayName + " – Agenda")
            return OutputFile(path: NetworkPages.calendarPath(of: member), contents: .text(calendar))
        }
        return [OutputFile(path: NetworkPages.calendarPath, contents: .text(regional))] + members
    }

    private func load(_ site: ResolvedSite, _ environment: RenderEnvironment, log: inout DiagnosticLog) -> Network? {
        guard let settings = site.config.network, let folder = environment.siteDirectory else { return nil }
        return Network.load(settings, siteDirectory: folder, log: &log)
    }
}
