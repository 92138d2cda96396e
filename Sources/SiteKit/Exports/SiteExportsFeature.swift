/// What every site publishes for a network: `clsm.json` (who the CLSM is, where its exports are) and
/// `agenda/agenda.json` (every published event). Their formats are documented in docs/network.md.
struct SiteExportsFeature: SiteFeature {
    /// The format of `agenda.json` and its version, raised only when a key changes meaning or disappears.
    static let agendaFormat = "clsm-agenda/1"

    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] { [] }

    func filePaths(for site: ResolvedSite) -> [String] {
        [SiteExportPaths.identity, SiteExportPaths.agenda]
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        // The editions' mistakes were reported with the agenda's pages.
        var reported = DiagnosticLog()
        let agenda = Agenda(site: site, editions: SISMEditionsReader.read(site.config, log: &reported))
        let config = site.config
        let identity = SiteRecord(config: config, paths: SiteExportPaths(site: site, agenda: agenda))
        let events = agenda.events.map {
            AgendaRecord(event: $0, url: config.baseURL.absolute($0.urlPath), timeZone: config.timeZoneName,
                         updated: environment.lastEdit(of: $0.page).map { Timestamp.rfc3339($0, in: config.timeZone) }).tree
        }
        let editions = agenda.editions.map { EditionRecord(edition: $0, url: config.baseURL.absolute($0.urlPath)).tree }
        let document: JSONTree = [
            "format": .string(Self.agendaFormat),
            "site": ["title": .string(config.title), "url": .string(config.baseURL.description)],
            "time_zone": .string(config.timeZoneName),
            "editions": .list(editions),
            "events": .list(events),
        ]
        return [
            OutputFile(path: SiteExportPaths.identity, contents: .text(JSONText.of(identity.tree, .pretty) + "\n")),
            OutputFile(path: SiteExportPaths.agenda, contents: .text(JSONText.of(document, .pretty) + "\n")),
        ]
    }
}
