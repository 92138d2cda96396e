import FrenchText

/// An event with its place in the site: its page, URL and SISM edition.
struct AgendaEvent: Sendable {
    /// The event's page.
    let page: Page
    /// Its URL path (`agenda/cine-debat-ouverture-metz/`).
    let urlPath: String
    /// Its keys.
    let details: EventDetails
    /// The SISM edition it belongs to: the one its `sism:` names, else the one its start falls in.
    let edition: SISMEdition?

    /// The path of its own iCalendar file: `agenda/cine-debat-ouverture-metz/cine-debat-ouverture-metz.ics`.
    var calendarPath: String {
        let name = urlPath.split(separator: "/").last.map(String.init) ?? "evenement"
        return urlPath + name + ".ics"
    }

    /// Its iCalendar `UID`: the event's absolute URL, the same in every feed and every build of the site.
    func uid(baseURL: BaseURL) -> String {
        baseURL.absolute(urlPath)
    }

    /// Chronological order: start, then end, then title in French order, then URL.
    static func chronological(_ a: AgendaEvent, _ b: AgendaEvent) -> Bool {
        let x = a.details.schedule, y = b.details.schedule
        if x.start.instant != y.start.instant { return x.start.instant < y.start.instant }
        if x.start.date != y.start.date { return x.start.date < y.start.date }
        if x.finish != y.finish { return x.finish < y.finish }
        if a.page.title != b.page.title { return FrenchCollation.areInIncreasingOrder(a.page.title, b.page.title) }
        return a.urlPath < b.urlPath
    }
}
