import FrenchText
import Templates

/// The values lists of events read: one entry per event, days with their events, and the filters.
struct AgendaListValues {
    let baseURL: BaseURL
    let environment: RenderEnvironment

    /// What a list shows of `event`: its `page.event` values plus title, URL and description.
    func summary(_ event: AgendaEvent) -> TemplateValues {
        var values = event.details.templateValues(environment)
        values["title"] = .text(environment.french.text(event.page.title))
        values["url"] = .text(baseURL.sitePath(event.urlPath))
        values["commune_key"] = .text(Slug.make(from: event.details.commune))
        if let description = event.page.description { values["description"] = .text(environment.french.text(description)) }
        if let edition = event.edition { values["edition_year"] = .text(String(edition.year)) }
        return values
    }

    /// Each day: `iso`, `long` (« jeudi 9 octobre 2025 ») and its `events`.
    func days(_ days: [AgendaDay]) -> [TemplateValues] {
        days.map { day in
            ["iso": .text(day.date.description), "long": .text(FrenchDate.long(day.date)), "events": .groups(day.events.map(summary))]
        }
    }

    /// The choices of the commune and type filters among `events`: `communes` in French order, `types` in
    /// the vocabulary's order, each `{key, label}`.
    func filters(_ events: [AgendaEvent]) -> TemplateValues {
        var communes: [String: String] = [:]
        for event in events { communes[Slug.make(from: event.details.commune)] = event.details.commune }
        let types = Set(events.map(\.details.type))
        return [
            "communes": .groups(communes.sorted { FrenchCollation.areInIncreasingOrder($0.value, $1.value) }
                .map { ["key": .text($0.key), "label": .text(environment.french.text($0.value))] }),
            "types": .groups(EventType.allCases.filter(types.contains)
                .map { ["key": .text($0.rawValue), "label": .text(environment.french.text($0.label))] }),
        ]
    }

    /// What a list of editions shows of `edition`.
    func edition(_ edition: SISMEdition, eventCount: Int? = nil) -> TemplateValues {
        var values: TemplateValues = [
            "year": .text(String(edition.year)),
            "title": .text(environment.french.text(edition.title)),
            "url": .text(baseURL.sitePath(edition.urlPath)),
            "dates": .text(edition.datesText),
        ]
        if let number = edition.numberText { values["number"] = .text(number) }
        if let theme = edition.theme { values["theme"] = .text(environment.french.text(theme)) }
        if let eventCount {
            values["event_count"] = .text(eventCount == 0 ? "Aucune manifestation" : eventCount == 1 ? "1 manifestation" : "\(eventCount) manifestations")
        }
        return values
    }
}
