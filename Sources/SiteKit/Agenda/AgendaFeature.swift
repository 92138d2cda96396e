/// The agenda: `/agenda/`, a page per SISM edition and `/sism/`, the values of each event page,
/// and the iCalendar files of the whole agenda, of each edition and of each event.
struct AgendaFeature: SiteFeature {
    /// The path of the whole agenda's iCalendar file.
    static let calendarPath = "agenda/agenda.ics"

    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        let agenda = Agenda(site: site, editions: SISMEditionsReader.read(site.config, log: &log, namedBy: site.eventsNamingEditions))
        guard !agenda.events.isEmpty || !agenda.editions.isEmpty else { return [] }
        let pages = AgendaPages(site: site, agenda: agenda, environment: environment)
        var result = [pages.agendaPage()]
        if !agenda.editions.isEmpty {
            result.append(pages.editionsPage())
            result += agenda.editions.map(pages.editionPage)
        }
        result += agenda.events.map(pages.eventPage)
        return result
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        // The editions' mistakes were reported with the pages.
        var reported = DiagnosticLog()
        let agenda = Agenda(site: site, editions: SISMEditionsReader.read(site.config, log: &reported))
        guard !agenda.events.isEmpty || !agenda.editions.isEmpty else { return [] }
        let calendar = AgendaCalendar(config: site.config, environment: environment)
        let nowYear = ZonedTime.calendarDate(of: environment.now, in: site.config.timeZone).year
        var files = [OutputFile(path: Self.calendarPath, contents: .text(
            calendar.file(named: site.config.title + " – Agenda", events: agenda.events, years: agenda.events.isEmpty ? [nowYear] : [])))]
        for edition in agenda.editions {
            let name = site.config.title + " – SISM \(edition.year)"
            files.append(OutputFile(path: Self.calendarPath(of: edition), contents: .text(
                calendar.file(named: name, events: agenda.events(of: edition), years: [edition.year]))))
        }
        for event in agenda.events {
            files.append(OutputFile(path: event.calendarPath, contents: .text(
                calendar.file(named: event.page.title, events: [event], years: []))))
        }
        return files
    }

    /// `sism/2025/sism-2025.ics`.
    static func calendarPath(of edition: SISMEdition) -> String {
        edition.urlPath + "sism-\(edition.year).ics"
    }
}
