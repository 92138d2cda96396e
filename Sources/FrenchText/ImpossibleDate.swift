/// Why a text written like a date (`2025-13-08`, `2024-10-32`, `2025-02-29`) names no day, for a message to say so.
public enum ImpossibleDate: Equatable, Sendable {
    /// The month is not 1–12.
    case noSuchMonth(Int)
    /// The day is not among the days of its month.
    case dayOutsideMonth(month: Int, year: Int, days: Int)

    /// What is wrong with `text`, written `YYYY-MM-DD` (then anything) with a day that does not exist; nil when it is
    /// not written so, or its day exists.
    public init?(_ text: String) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = CalendarDate.number(bytes[0..<4]), let month = CalendarDate.number(bytes[5..<7]),
              let day = CalendarDate.number(bytes[8..<10]),
              (1...9999).contains(year), CalendarDate(year: year, month: month, day: day) == nil else { return nil }
        guard (1...12).contains(month) else {
            self = .noSuchMonth(month)
            return
        }
        self = .dayOutsideMonth(month: month, year: year, days: CivilCalendar.daysInMonth(month, year: year))
    }
}
