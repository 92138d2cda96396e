import Foundation

/// A member's event with its schedule read: when it starts and ends, in its member's zone.
struct NetworkEvent: Sendable {
    /// As `agenda.json` gives it.
    let record: MemberAgenda.Event
    /// Its member's index in the network.
    let member: Int
    /// When it takes place.
    let schedule: EventSchedule
    /// Its calendars' `DTSTAMP`: when its member last edited it, else its start; never the build's clock, so that
    /// a calendar made from unchanged members is unchanged.
    let stamp: Date

    /// `record` with its `start` and `end` read; nil (recorded in `log` at `location`) when they cannot be.
    init?(_ record: MemberAgenda.Event, member: Int, name: String, location: SourceLocation, log: inout DiagnosticLog) {
        let zone = TimeZone(identifier: record.timeZone) ?? .gmt
        func moment(_ text: String) -> EventMoment? {
            guard let local = LocalDateTime(parsing: text), (local.time == nil) == record.allDay else { return nil }
            return EventMoment.at(ZonedTime.instant(of: local, in: zone), in: zone, allDay: record.allDay)
        }
        guard TimeZone(identifier: record.timeZone) != nil, let start = moment(record.start) else {
            log.error(.memberEventStartUnreadable(name, url: record.url), at: location)
            return nil
        }
        let end = record.end.flatMap(moment)
        if record.end != nil && end == nil {
            log.error(.memberEventEndUnreadable(name, url: record.url), at: location)
            return nil
        }
        self.record = record
        self.member = member
        schedule = EventSchedule.make(start: start, end: end, zone: zone)
        stamp = record.updated.flatMap(LocalDateTime.init(parsing:)).map { ZonedTime.instant(of: $0, in: zone) } ?? start.instant
    }

    /// Chronological order: start, then end, then URL.
    static func chronological(_ a: NetworkEvent, _ b: NetworkEvent) -> Bool {
        if a.schedule.start.instant != b.schedule.start.instant { return a.schedule.start.instant < b.schedule.start.instant }
        if a.schedule.finish != b.schedule.finish { return a.schedule.finish < b.schedule.finish }
        return a.record.url < b.record.url
    }
}
