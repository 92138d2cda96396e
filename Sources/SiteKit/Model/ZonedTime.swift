import Foundation
import FrenchText

/// Turns the local dates editors write into instants, in the site's time zone, never the machine's.
enum ZonedTime {
    /// The instant of `value` in `zone`: its own offset when it has one; a date alone is the start of its day.
    static func instant(of value: LocalDateTime, in zone: TimeZone) -> Date {
        let minutes = (value.time?.hour ?? 0) * 60 + (value.time?.minute ?? 0)
        let localSeconds = Double(value.date.daysSinceEpoch * 86_400 + minutes * 60)
        if let offset = value.utcOffset { return Date(timeIntervalSince1970: localSeconds - Double(offset)) }
        // The offset at the instant the local time would have in UTC is right except within hours of a change;
        // asking again at the corrected instant settles it.
        let firstGuess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - Double(firstGuess)))
        return Date(timeIntervalSince1970: localSeconds - Double(offset))
    }

    /// The local calendar day of `instant` in `zone`.
    static func calendarDate(of instant: Date, in zone: TimeZone) -> CalendarDate {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        return CalendarDate(daysSinceEpoch: Int((local / 86_400).rounded(.down)))
    }
}
