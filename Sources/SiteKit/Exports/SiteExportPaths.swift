/// Where a site's data exports are, relative to its base: the list `clsm.json` publishes for a network.
struct SiteExportPaths: Sendable, Equatable {
    /// `clsm.json`, at the root: the one address a network needs.
    static let identity = "clsm.json"
    /// `agenda/agenda.json`, written by every site (its events may be none).
    static let agenda = "agenda/agenda.json"

    /// The guide's `ressources.json`, when the site has a guide.
    let resources: String?
    /// The guide's `ressources.geojson`, when the site has a guide.
    let resourcesGeoJSON: String?
    /// The whole agenda's iCalendar file, when the site has an agenda.
    let calendar: String?
    /// Each news section's Atom feed.
    let newsFeeds: [String]

    /// The exports `site`, whose agenda is `agenda`, writes.
    init(site: ResolvedSite, agenda: Agenda) {
        let guide = GuidePaths(config: site.config)
        let hasGuide = site.pageByURLPath[guide.root] != nil
            || site.pages.contains { $0.page.kind == .resource && !$0.page.isSectionPage }
        resources = hasGuide ? guide.json : nil
        resourcesGeoJSON = hasGuide ? guide.geoJSON : nil
        // As AgendaFeature decides whether to write it.
        calendar = agenda.events.isEmpty && agenda.editions.isEmpty ? nil : AgendaFeature.calendarPath
        newsFeeds = NewsFeed.all(in: site).map(\.path)
    }
}
