import FrenchText

/// The events of one day, as lists show them under the day's heading.
struct AgendaDay: Sendable {
    /// The day the events start on.
    let date: CalendarDate
    /// The events, in the order given.
    let events: [AgendaEvent]

    /// Groups `events` by start day, keeping their order (days come in the order they first appear).
    static func group(_ events: [AgendaEvent]) -> [AgendaDay] {
        var days: [AgendaDay] = []
        for event in events {
            let date = event.details.schedule.start.date
            if let last = days.last, last.date == date {
                days[days.count - 1] = AgendaDay(date: date, events: last.events + [event])
            } else {
                days.append(AgendaDay(date: date, events: [event]))
            }
        }
        return days
    }
}
