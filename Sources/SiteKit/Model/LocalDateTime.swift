import FrenchText

/// A date, with a time when one was written, as an editor types it: `2025-10-09`, `2025-10-09 18:30`.
///
/// Read in the site's time zone unless it carries its own offset (`2025-10-09T18:30:00+02:00`).
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The calendar day.
    public let date: CalendarDate
    /// The time of day, nil for a date alone (an all-day event, a publication day).
    public let time: ClockTime?
    /// An explicit UTC offset in seconds, when the text carried one.
    public let utcOffset: Int?

    /// Makes a value.
    public init(date: CalendarDate, time: ClockTime? = nil, utcOffset: Int? = nil) {
        self.date = date
        self.time = time
        self.utcOffset = utcOffset
    }

    /// Parses `YYYY-MM-DD`, optionally followed by ` HH:MM`, `THH:MM`, `:SS`, and `Z` or `±HH:MM`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        let datePart = String(trimmed.prefix(10))
        guard let date = CalendarDate(iso: datePart) else { return nil }
        var rest = Substring(trimmed.dropFirst(10))
        guard !rest.isEmpty else {
            self.init(date: date)
            return
        }
        guard rest.first == " " || rest.first == "T" else { return nil }
        rest = rest.dropFirst()
        guard let (time, afterTime) = Self.parseTime(rest) else { return nil }
        var offset: Int?
        if !afterTime.isEmpty {
            guard let parsed = Self.parseOffset(afterTime) else { return nil }
            offset = parsed
        }
        self.init(date: date, time: time, utcOffset: offset)
    }

    /// ISO text: `2025-10-09`, `2025-10-09T18:30`.
    public var description: String {
        guard let time else { return date.description }
        return "\(date)T\(Self.twoDigits(time.hour)):\(Self.twoDigits(time.minute))"
    }

    /// As editors write it in a front matter, and as messages show it: `2025-10-09`, `2025-10-09 18:30`.
    public var written: String {
        guard let time else { return date.description }
        return "\(date) \(Self.twoDigits(time.hour)):\(Self.twoDigits(time.minute))"
    }

    private static func parseTime(_ text: Substring) -> (ClockTime, Substring)? {
        let digits = Array(text.prefix(8))
        guard digits.count >= 5, digits[2] == ":",
              let hour = Int(String(digits[0..<2])), let minute = Int(String(digits[3..<5])),
              let time = ClockTime(hour: hour, minute: minute) else { return nil }
        var rest = text.dropFirst(5)
        if rest.first == ":" {
            let seconds = rest.dropFirst().prefix(2)
            guard seconds.count == 2, let value = Int(seconds), (0..<60).contains(value) else { return nil }
            rest = rest.dropFirst(3)
        }
        return (time, rest)
    }

    private static func parseOffset(_ text: Substring) -> Int? {
        if text == "Z" { return 0 }
        guard text.count == 6, let sign = text.first, sign == "+" || sign == "-",
              Array(text)[3] == ":",
              let hours = Int(text.dropFirst().prefix(2)), let minutes = Int(text.suffix(2)),
              hours < 24, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or line ends at either end.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
