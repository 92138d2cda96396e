import Foundation

/// A `.ics` of the regional agenda: members' events, each `VEVENT` linking to its page on its member's site.
struct NetworkCalendar {
    /// The events it holds, earliest first.
    let events: [NetworkEvent]

    /// The whole file, named `name`. Times are written in UTC: members may be in different zones.
    func file(named name: String) -> String {
        let calendar = ICalendarComponent("VCALENDAR", properties: AgendaCalendar.headerProperties(named: name),
                                          components: events.map(vevent))
        return ICalendarWriter.write(calendar)
    }

    private func vevent(_ event: NetworkEvent) -> ICalendarComponent {
        let record = event.record, schedule = event.schedule
        // The event's URL is its UID in its member's own feeds too: a calendar holding both sees one event.
        var properties = [ICalendarProperty("UID", text: record.url), ICalendarProperty("DTSTAMP", raw: ICalendarTime.utc(event.stamp))]
        if schedule.isAllDay {
            properties.append(ICalendarProperty("DTSTART", raw: ICalendarTime.date(schedule.start.date), parameters: [.init("VALUE", "DATE")]))
            properties.append(ICalendarProperty("DTEND", raw: ICalendarTime.date(schedule.lastDay.adding(days: 1)),
                                                parameters: [.init("VALUE", "DATE")]))
        } else {
            properties.append(ICalendarProperty("DTSTART", raw: ICalendarTime.utc(schedule.start.instant)))
            if let end = schedule.end { properties.append(ICalendarProperty("DTEND", raw: ICalendarTime.utc(end.instant))) }
        }
        properties.append(ICalendarProperty("SUMMARY", text: record.title))
        if let description = record.description { properties.append(ICalendarProperty("DESCRIPTION", text: description)) }
        let location = ([record.place, record.address].compactMap { $0 } + [record.commune]).joined(separator: ", ")
        properties.append(ICalendarProperty("LOCATION", text: location))
        properties.append(ICalendarProperty("CATEGORIES", text: record.typeLabel))
        if let status = EventStatus(rawValue: record.status) { properties.append(ICalendarProperty("STATUS", raw: status.iCalendar)) }
        if schedule.isAllDay { properties.append(ICalendarProperty("TRANSP", raw: "TRANSPARENT")) }
        properties.append(ICalendarProperty("URL", raw: record.url))
        return ICalendarComponent("VEVENT", properties: properties)
    }
}
