/// A network site's pages and regional `.ics` files (the region's, each member's), made from its members' published files (`network:` in site.yml).
struct NetworkFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        guard let network = load(site, environment, log: &log) else { return [] }
        // The directory's map, as the guide's (`guide.map`); left out without its libraries, which are reported.
        let map = site.config.guideMap.flatMap { settings in
            MapLibraries.areInstalled(in: environment.javascriptDirectory, for: settings.location, log: &log) ? settings : nil
        }
        return NetworkPages(network: network, environment: environment, baseURL: site.config.baseURL, map: map).all
    }

    func filePaths(for site: ResolvedSite) -> [String] {
        site.config.network == nil ? [] : [NetworkPages.calendarPath] + (Self.copiesMapLibraries(site) ? MapLibraries.outputPaths : [])
    }

    /// True when the members' directory shows a map: the site has `guide.map`, Leaflet is installed and a member has a
    /// position.
    static func directoryShowsMap(_ site: ResolvedSite) -> Bool {
        site.config.guideMap != nil
            && site.generatedByURLPath[NetworkPages.directoryPath].map { site.generatedPages[$0].values["tiles"] != nil } == true
    }

    /// True when the directory shows a map and no guide's map page already brings Leaflet.
    private static func copiesMapLibraries(_ site: ResolvedSite) -> Bool {
        directoryShowsMap(site) && !GuideFeature.hasMap(site)
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
        let libraries = Self.copiesMapLibraries(site) ? MapLibraries.copies(from: environment.javascriptDirectory) : []
        return [OutputFile(path: NetworkPages.calendarPath, contents: .text(regional))] + members + libraries
    }

    private func load(_ site: ResolvedSite, _ environment: RenderEnvironment, log: inout DiagnosticLog) -> Network? {
        guard let settings = site.config.network, let folder = environment.siteDirectory else { return nil }
        return Network.load(settings, siteDirectory: folder, log: &log)
    }
}
