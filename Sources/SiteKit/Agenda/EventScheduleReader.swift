import Foundation
import FrenchText

/// Reads `start` and `end` of an event in the site's time zone, reporting what no clock can show.
///
/// A local time in the spring gap is an error; one in the autumn overlap is read as its first
/// occurrence (the time before clocks go back, as RFC 5545 reads it) with a warning, and an explicit
/// offset (`2025-10-26 02:30+01:00`) picks the other one.
enum EventScheduleReader {
    /// The schedule of the front matter in `fields`; nil (errors in `log`) when it cannot be used.
    static func read(_ fields: inout FieldReader, zone: TimeZone, zoneName: String, log: inout DiagnosticLog) -> EventSchedule? {
        let startValue = fields.dateTime("start", required: true, log: &log)
        let endValue = fields.dateTime("end", log: &log)
        let start = startValue.flatMap { moment($0, key: "start", zone: zone, zoneName: zoneName, log: &log) }
        let end = endValue.flatMap { moment($0, key: "end", zone: zone, zoneName: zoneName, log: &log) }
        guard let start else { return nil }
        guard let end, let endValue else {
            return endValue == nil ? EventSchedule.make(start: start, end: nil, zone: zone) : nil
        }
        let location = endValue.location
        switch (start.time, end.time) {
        case (nil, .some):
            log.error(.allDayEndWithTime(), at: location)
            return nil
        case (.some, nil):
            log.error(.endNeedsTime(end.date.description), at: location)
            return nil
        default:
            break
        }
        if end.date < start.date || end.instant < start.instant {
            log.error(.endBeforeStart(end: endValue.value.written, start: startValue?.value.written ?? ""), at: location)
            return nil
        }
        if end.date.daysSinceEpoch - start.date.daysSinceEpoch > 366 {
            log.error(.eventTooLong(), at: location)
            return nil
        }
        return EventSchedule.make(start: start, end: end, zone: zone)
    }

    /// The moment `value` stands for in `zone`; nil (with an error) when the clocks skip it.
    private static func moment(_ value: Located<LocalDateTime>, key: String, zone: TimeZone, zoneName: String,
                               log: inout DiagnosticLog) -> EventMoment? {
        let written = value.value
        guard let time = written.time else {
            let instant = ZonedTime.instant(of: written, in: zone)
            return EventMoment(date: written.date, time: nil, instant: instant, offset: zone.secondsFromGMT(for: instant),
                               isSecondOccurrence: false)
        }
        if written.utcOffset != nil {
            return EventMoment.at(ZonedTime.instant(of: written, in: zone), in: zone, allDay: false)
        }
        switch LocalTimeResolver.resolve(written.date, time, in: zone) {
        case .unique(let instant):
            return EventMoment(date: written.date, time: time, instant: instant, offset: zone.secondsFromGMT(for: instant),
                               isSecondOccurrence: false)
        case .skipped(let change):
            log.error(.skippedTime(key, "\(written.date) \(time)", zone: zoneName, from: "\(change.from)", to: "\(change.to)"),
                      at: value.location)
            return nil
        case .repeated(let first, _, let change):
            let otherText = EventMoment.isoOffset(change.offsetAfter)
            log.warning(.repeatedTime(key, day: written.date.description, time: "\(time)", zone: zoneName, from: "\(change.from)", to: "\(change.to)", second: "\(written.date) \(time)\(otherText)"),
                        at: value.location)
            return EventMoment(date: written.date, time: time, instant: first, offset: zone.secondsFromGMT(for: first),
                               isSecondOccurrence: false)
        }
    }
}
