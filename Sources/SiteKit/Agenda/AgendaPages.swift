import Templates

/// The pages the agenda generates, and the values it adds to each event's own page.
struct AgendaPages {
    let site: ResolvedSite
    let agenda: Agenda
    let environment: RenderEnvironment

    private var list: AgendaListValues { AgendaListValues(baseURL: site.config.baseURL, environment: environment) }

    /// `/agenda/`: upcoming events by day (running ones first among them), then past ones, latest day first.
    func agendaPage() -> GeneratedPage {
        let upcoming = agenda.upcoming(at: environment.now)
        let past = agenda.past(at: environment.now)
        let values: TemplateValues = [
            "upcoming_days": .groups(list.days(AgendaDay.group(upcoming))),
            "past_days": .groups(list.days(AgendaDay.group(past).reversed())),
            "has_upcoming": .bool(!upcoming.isEmpty),
            "has_past": .bool(!past.isEmpty),
            "filters": .group(list.filters(agenda.events)),
            "calendar_url": .text(site.config.baseURL.sitePath(AgendaFeature.calendarPath)),
            "has_editions": .bool(!agenda.editions.isEmpty),
            "editions_url": .text(site.config.baseURL.sitePath("sism/")),
        ]
        return GeneratedPage(urlPath: "agenda/", title: "Agenda", layout: "agenda",
                             description: "Les manifestations à venir et passées, jour par jour.", values: values, parentURLPath: "")
    }

    /// `/sism/`: every edition, the latest first.
    func editionsPage() -> GeneratedPage {
        let editions = agenda.editions.reversed().map { list.edition($0, eventCount: agenda.events(of: $0).count) }
        return GeneratedPage(urlPath: "sism/", title: "Semaines d’information sur la santé mentale", layout: "sism-editions",
                             description: "Les éditions des Semaines d’information sur la santé mentale et leur programme.",
                             values: ["editions": .groups(editions), "has_editions": .bool(!editions.isEmpty)], parentURLPath: "")
    }

    /// `/sism/<year>/`: the edition's number, theme and dates, and its events day by day.
    func editionPage(_ edition: SISMEdition) -> GeneratedPage {
        let events = agenda.events(of: edition)
        let values: TemplateValues = [
            "edition": .group(list.edition(edition, eventCount: events.count)),
            "days": .groups(list.days(AgendaDay.group(events))),
            "has_events": .bool(!events.isEmpty),
            "filters": .group(list.filters(events)),
            "calendar_url": .text(site.config.baseURL.sitePath(AgendaFeature.calendarPath(of: edition))),
        ]
        return GeneratedPage(urlPath: edition.urlPath, title: edition.title, layout: "sism",
                             description: edition.theme.map { "Thème national : « \($0) »." }, values: values, parentURLPath: "sism/")
    }

    /// Values merged into an event's own page: its calendar file, its edition and its schema.org data.
    func eventPage(_ event: AgendaEvent) -> GeneratedPage {
        var values: TemplateValues = [
            "calendar_url": .text(site.config.baseURL.sitePath(event.calendarPath)),
            "json_ld": .text(EventJSONLD.json(for: event, baseURL: site.config.baseURL)),
        ]
        if let edition = event.edition { values["edition"] = .group(list.edition(edition)) }
        return GeneratedPage(urlPath: event.urlPath, title: event.page.title, layout: "event", values: values, parentURLPath: "agenda/")
    }
}
