/// Dates and times written out in French, as on a French event poster: lower-case day and
/// month names, "1er" for the first of the month, "18 h 30" for times.
///
/// Dates use ordinary spaces (the caller's typography pass decides about line breaks);
/// times put a NO-BREAK SPACE (U+00A0) on each side of the `h`.
public enum FrenchDate: Sendable {
    static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    private static let noBreakSpace = "\u{00A0}"

    /// Day, date, month and year: `mardi 14 octobre 2025`, `mercredi 1er octobre 2025`.
    public static func long(_ d: CalendarDate) -> String {
        weekdayName(d) + " " + dayMonth(d) + " " + String(d.year)
    }

    /// Date and month: `14 octobre`, `1er octobre`.
    public static func dayMonth(_ d: CalendarDate) -> String {
        dayNumber(d) + " " + monthName(d)
    }

    /// Month and year: `octobre 2025`.
    public static func monthYear(_ d: CalendarDate) -> String {
        monthName(d) + " " + String(d.year)
    }

    /// A period, sharing what both ends have in common:
    /// - same day: `le mardi 14 octobre 2025`;
    /// - same month: `du lundi 6 au dimanche 19 octobre 2025`;
    /// - same year: `du vendredi 31 octobre au dimanche 2 novembre 2025`;
    /// - otherwise: `du mercredi 31 décembre 2025 au jeudi 1er janvier 2026`.
    ///
    /// If `end` is before `start` the two are swapped, so a typo cannot produce nonsense.
    public static func range(_ start: CalendarDate, _ end: CalendarDate) -> String {
        let (first, last) = start <= end ? (start, end) : (end, start)
        if first == last { return "le " + long(first) }
        let lastPart = long(last)
        if first.year != last.year { return "du " + long(first) + " au " + lastPart }
        let firstPart = first.month == last.month
            ? weekdayName(first) + " " + dayNumber(first)
            : weekdayName(first) + " " + dayMonth(first)
        return "du " + firstPart + " au " + lastPart
    }

    /// A time of day: `18 h 30`, `9 h`, `18 h 05`, `0 h 15`, with NO-BREAK SPACEs around the `h`.
    public static func time(_ t: ClockTime) -> String {
        let hours = String(t.hour) + noBreakSpace + "h"
        guard t.minute != 0 else { return hours }
        return hours + noBreakSpace + CivilCalendar.zeroPadded(t.minute, width: 2)
    }

    /// A date and a time: `jeudi 9 octobre 2025, 18 h 30`.
    public static func dateTime(_ d: CalendarDate, _ t: ClockTime) -> String {
        long(d) + ", " + time(t)
    }

    private static func weekdayName(_ d: CalendarDate) -> String {
        weekdayNames[d.weekday - 1]
    }

    private static func monthName(_ d: CalendarDate) -> String {
        monthNames[d.month - 1]
    }

    private static func dayNumber(_ d: CalendarDate) -> String {
        d.day == 1 ? "1er" : String(d.day)
    }
}
