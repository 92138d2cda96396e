import Foundation
import FrenchText

/// A start or an end of an event: the local day (and time) in the site's zone, and the instant it is.
struct EventMoment: Sendable, Equatable {
    /// The local day.
    let date: CalendarDate
    /// The local time; nil for an all-day date.
    let time: ClockTime?
    /// The instant: for a date alone, the start of that day in the site's zone.
    let instant: Date
    /// The site zone's offset from UTC at `instant`, in seconds.
    let offset: Int
    /// True when the same local time came earlier that night (the second pass of an autumn overlap):
    /// iCalendar reads a local time as its first occurrence, so this one is written in UTC.
    let isSecondOccurrence: Bool

    /// ISO 8601 as HTML `datetime` and schema.org read it: `2025-10-09T18:30+02:00`, or `2025-10-06` for a date.
    var iso: String {
        guard let time else { return date.description }
        return "\(date)T\(time)" + Self.isoOffset(offset)
    }

    /// « jeudi 9 octobre 2025, 18 h 30 », or « lundi 6 octobre 2025 ».
    var french: String {
        guard let time else { return FrenchDate.long(date) }
        return FrenchDate.dateTime(date, time)
    }

    /// The moment of `instant` as the site's clocks show it.
    static func at(_ instant: Date, in zone: TimeZone, allDay: Bool) -> EventMoment {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let ofDay = local - days * 86_400
        let date = CalendarDate(daysSinceEpoch: days)
        let time = allDay ? nil : ClockTime(hour: ofDay / 3600, minute: ofDay % 3600 / 60)
        var isSecond = false
        if let time, case .repeated(let first, let second, _) = LocalTimeResolver.resolve(date, time, in: zone) {
            isSecond = second == instant && first != instant
        }
        return EventMoment(date: date, time: time, instant: instant, offset: offset, isSecondOccurrence: isSecond)
    }

    /// `+02:00`, `-03:00`, `Z` for UTC.
    static func isoOffset(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let magnitude = abs(seconds)
        let hours = magnitude / 3600, minutes = magnitude % 3600 / 60
        return (seconds < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
