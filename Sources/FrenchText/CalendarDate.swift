/// A day of the Gregorian calendar, with no time and no time zone: "the 14th of October 2025"
/// wherever the site is built.
///
/// Years are limited to 1–9999 so the ISO form is always `YYYY-MM-DD`; arithmetic that would
/// leave that range stops at its ends (0001-01-01 and 9999-12-31) instead of trapping.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1 (January) – 12 (December).
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// The smallest supported date, 0001-01-01, in days since 1970-01-01.
    static let minDaysSinceEpoch = CivilCalendar.daysSinceEpoch(year: 1, month: 1, day: 1)
    /// The largest supported date, 9999-12-31, in days since 1970-01-01.
    static let maxDaysSinceEpoch = CivilCalendar.daysSinceEpoch(year: 9999, month: 12, day: 31)

    /// A date from its parts, or nil if it does not exist: month outside 1–12, day outside the
    /// month (29 February only in leap years: 2024 and 2000, not 2025 nor 1900), year outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilCalendar.daysInMonth(month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, ten characters, e.g. `2025-10-09`); nil for
    /// anything else, including impossible dates such as `2025-02-29` and surrounding spaces.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]),
              let month = Self.number(bytes[5..<7]),
              let day = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (before it if negative), clamped to
    /// 0001-01-01 … 9999-12-31.
    public init(daysSinceEpoch: Int) {
        let clamped = min(max(daysSinceEpoch, Self.minDaysSinceEpoch), Self.maxDaysSinceEpoch)
        let parts = CivilCalendar.civil(fromDaysSinceEpoch: clamped)
        year = parts.year
        month = parts.month
        day = parts.day
    }

    /// The ISO 8601 form, `YYYY-MM-DD` (`2025-10-09`).
    public var description: String {
        CivilCalendar.zeroPadded(year, width: 4) + "-"
            + CivilCalendar.zeroPadded(month, width: 2) + "-"
            + CivilCalendar.zeroPadded(day, width: 2)
    }

    /// Days from 1970-01-01 to this date; negative before 1970.
    public var daysSinceEpoch: Int {
        CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
    }

    /// The ISO day of the week: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let fromMonday = (daysSinceEpoch + 3) % 7
        return (fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1
    }

    /// The date `days` days later (earlier if negative), clamped to 0001-01-01 … 9999-12-31.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        if overflow { return CalendarDate(daysSinceEpoch: days < 0 ? Int.min : Int.max) }
        return CalendarDate(daysSinceEpoch: sum)
    }

    /// Chronological order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number ASCII `digits` write; nil when one is not a digit.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
