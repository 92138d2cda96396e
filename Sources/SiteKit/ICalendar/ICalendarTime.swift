import Foundation
import FrenchText

/// The DATE, DATE-TIME and UTC-OFFSET forms of RFC 5545 (3.3.4, 3.3.5, 3.3.14).
public enum ICalendarTime {
    /// A DATE: `20251006`.
    public static func date(_ date: CalendarDate) -> String {
        digits(date.year, 4) + digits(date.month, 2) + digits(date.day, 2)
    }

    /// A local DATE-TIME, to be read with a `TZID`: `20251009T183000`.
    public static func local(_ date: CalendarDate, _ time: ClockTime) -> String {
        Self.date(date) + "T" + digits(time.hour, 2) + digits(time.minute, 2) + "00"
    }

    /// A UTC DATE-TIME: `20251012T100000Z`.
    public static func utc(_ instant: Date) -> String {
        wallClock(seconds: Int(instant.timeIntervalSince1970.rounded(.down))) + "Z"
    }

    /// The wall-clock DATE-TIME of `instant` at `offset` seconds from UTC, without a zone: `20251026T030000`.
    public static func wallClock(of instant: Date, offset: Int) -> String {
        wallClock(seconds: Int(instant.timeIntervalSince1970.rounded(.down)) + offset)
    }

    /// A UTC-OFFSET: `+0100`, `-0930`, `+051540` when it has seconds.
    public static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + digits(magnitude / 3600, 2) + digits(magnitude % 3600 / 60, 2)
        return magnitude % 60 == 0 ? text : text + digits(magnitude % 60, 2)
    }

    private static func wallClock(seconds: Int) -> String {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let ofDay = seconds - days * 86_400
        return date(CalendarDate(daysSinceEpoch: days)) + "T"
            + digits(ofDay / 3600, 2) + digits(ofDay % 3600 / 60, 2) + digits(ofDay % 60, 2)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
