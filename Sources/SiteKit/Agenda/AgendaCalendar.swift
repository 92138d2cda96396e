import Foundation

/// The iCalendar files of the agenda: one `VEVENT` per event, the same in every file it appears in.
struct AgendaCalendar {
    let config: SiteConfig
    /// The build's "now" and each file's last change, the `DTSTAMP` of its event.
    let environment: RenderEnvironment

    /// A whole `.ics` file named `name` with `events`; its `VTIMEZONE` covers `years` and the events' years.
    func file(named name: String, events: [AgendaEvent], years: Set<Int>) -> String {
        let allYears = events.reduce(into: years) { $0.formUnion($1.details.schedule.years) }
        let calendar = ICalendarComponent("VCALENDAR", properties: Self.headerProperties(named: name) + [
            ICalendarProperty("X-WR-TIMEZONE", text: config.timeZoneName),
        ], components: [
            VTimeZoneBuilder.component(for: config.timeZone, identifier: config.timeZoneName, years: allYears),
        ] + events.map(vevent))
        return ICalendarWriter.write(calendar)
    }

    /// The properties every calendar clsm writes begins with, for one named `name`.
    static func headerProperties(named name: String) -> [ICalendarProperty] {
        [
            ICalendarProperty("VERSION", raw: "2.0"),
            ICalendarProperty("PRODID", text: "-//clsm//Agenda des CLSM//FR"),
            ICalendarProperty("CALSCALE", raw: "GREGORIAN"),
            ICalendarProperty("METHOD", raw: "PUBLISH"),
            ICalendarProperty("X-WR-CALNAME", text: name),
        ]
    }

    /// The `VEVENT` of `event`.
    func vevent(_ event: AgendaEvent) -> ICalendarComponent {
        let details = event.details
        let schedule = details.schedule
        var properties = [
            ICalendarProperty("UID", text: event.uid(baseURL: config.baseURL)),
            // The file's last change, not the build's "now": a build of unchanged content changes no calendar.
            ICalendarProperty("DTSTAMP", raw: ICalendarTime.utc(environment.lastEdit(of: event.page) ?? environment.now)),
            moment("DTSTART", schedule.start),
        ]
        if schedule.isAllDay {
            let dayAfter = ICalendarTime.date(schedule.lastDay.adding(days: 1))
            properties.append(ICalendarProperty("DTEND", raw: dayAfter, parameters: [.init("VALUE", "DATE")]))
        } else if let end = schedule.end {
            properties.append(moment("DTEND", end))
        }
        properties.append(ICalendarProperty("SUMMARY", text: event.page.title))
        if let description = event.page.description { properties.append(ICalendarProperty("DESCRIPTION", text: description)) }
        properties.append(ICalendarProperty("LOCATION", text: details.locationLine))
        if let point = details.coordinates {
            properties.append(ICalendarProperty("GEO", raw: point.latitudeText + ";" + point.longitudeText))
        }
        properties.append(ICalendarProperty("CATEGORIES", text: details.type.label))
        properties.append(ICalendarProperty("STATUS", raw: details.status.iCalendar))
        if schedule.isAllDay { properties.append(ICalendarProperty("TRANSP", raw: "TRANSPARENT")) }
        properties.append(ICalendarProperty("URL", raw: config.baseURL.absolute(event.urlPath)))
        return ICalendarComponent("VEVENT", properties: properties)
    }

    /// A date, a local time with the site's `TZID`, or UTC for the second pass of a repeated local time.
    private func moment(_ name: String, _ moment: EventMoment) -> ICalendarProperty {
        guard let time = moment.time else {
            return ICalendarProperty(name, raw: ICalendarTime.date(moment.date), parameters: [.init("VALUE", "DATE")])
        }
        if moment.isSecondOccurrence { return ICalendarProperty(name, raw: ICalendarTime.utc(moment.instant)) }
        return ICalendarProperty(name, raw: ICalendarTime.local(moment.date, time), parameters: [.init("TZID", config.timeZoneName)])
    }
}
