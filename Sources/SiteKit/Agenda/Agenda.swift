import Foundation

/// Every event of a site in chronological order, with the SISM editions they belong to.
struct Agenda: Sendable {
    /// The events, earliest first.
    let events: [AgendaEvent]
    /// The SISM editions of `site.yml`, by year.
    let editions: [SISMEdition]

    /// The agenda of `site`, with the editions already read from its settings.
    init(site: ResolvedSite, editions: [SISMEdition]) {
        self.editions = editions
        events = site.pages.compactMap { entry -> AgendaEvent? in
            guard let details = entry.page.details as? EventDetails else { return nil }
            let edition = details.sismYear.flatMap { year in editions.first { $0.year == year } }
                ?? editions.first { $0.contains(details.schedule.start.date) }
            return AgendaEvent(page: entry.page, urlPath: entry.urlPath, details: details, edition: edition)
        }
        .sorted(by: AgendaEvent.chronological)
    }

    /// The events of `edition`, earliest first.
    func events(of edition: SISMEdition) -> [AgendaEvent] {
        events.filter { $0.edition?.year == edition.year }
    }

    /// The events not over at `now` (running ones included), earliest first.
    func upcoming(at now: Date) -> [AgendaEvent] {
        events.filter { $0.details.schedule.phase(at: now).isAhead }
    }

    /// The events over at `now`, earliest first.
    func past(at now: Date) -> [AgendaEvent] {
        events.filter { !$0.details.schedule.phase(at: now).isAhead }
    }
}
