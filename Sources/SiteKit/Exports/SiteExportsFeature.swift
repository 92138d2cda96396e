/// What every site publishes for a network: `clsm.json` (who the CLSM is, where its exports are) and
/// `agenda/agenda.json` (every published event). Their formats are documented in docs/network.md.
struct SiteExportsFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] { [] }

    func filePaths(for site: ResolvedSite) -> [String] {
        [SiteExportPaths.identity, SiteExportPaths.agenda]
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        // The editions' mistakes were reported with the agenda's pages.
        var reported = DiagnosticLog()
        let agenda = Agenda(site: site, editions: SISMEditionsReader.read(site.config, log: &reported))
        let config = site.config
        let paths = SiteExportPaths(site: site, agenda: agenda)
        let events = agenda.events.map {
            AgendaRecord(event: $0, url: config.baseURL.absolute($0.urlPath), timeZone: config.timeZoneName,
                         updated: environment.lastEdit(of: $0.page).map { Timestamp.rfc3339($0, in: config.timeZone) })
        }
        let editions = agenda.editions.map { EditionRecord(edition: $0, url: config.baseURL.absolute($0.urlPath)) }
        let encoder = SlicedJSONEncoder(jobs: environment.jobs)
        do {
            let identity = String(decoding: try SlicedJSONEncoder.encoder().encode(SiteRecord(config: config, paths: paths)), as: UTF8.self)
            let agendaText = try encoder.encode(events, atKey: "events", terminator: "\n") { events in
                AgendaDocument(site: .init(title: config.title, url: config.baseURL.description), timeZone: config.timeZoneName,
                               editions: editions, events: events)
            }
            return [
                OutputFile(path: SiteExportPaths.identity, contents: .text(identity + "\n")),
                OutputFile(path: SiteExportPaths.agenda, contents: .text(agendaText)),
            ]
        } catch {
            log.error(.cannotWriteExport("/\(SiteExportPaths.identity) and /\(SiteExportPaths.agenda)", error: "\(error)"), at: SourceLocation(file: "site.yml"))
            return []
        }
    }

    private struct AgendaDocument: Encodable {
        struct Site: Encodable {
            let title: String
            let url: String
        }

        let format = "clsm-agenda/1"
        let site: Site
        let timeZone: String
        let editions: [EditionRecord]
        let events: [AgendaRecord]

        private enum CodingKeys: String, CodingKey { case format, site, timeZone = "time_zone", editions, events }
    }
}
