/// A date written the French way, day first (`08/07/2025`, `8/7/2025 18h30`, `08.07.2025 18:30`), read to say how
/// clsm wants it written.
public enum FrenchWrittenDate {
    /// `text` written `2025-07-08` or `2025-07-08 18:30`; nil when it is not a French-written date of a day that exists.
    public static func iso(_ text: String) -> String? {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let day = parts.first else { return nil }
        let numbers = day.split(whereSeparator: { $0 == "/" || $0 == "." }).map { Int($0) }
        guard numbers.count == 3, let d = numbers[0], let m = numbers[1], let y = numbers[2], y >= 1000,
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        guard parts.count == 2 else { return date.description }
        let time = parts[1].split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "H" })
        guard (1...2).contains(time.count), let hour = Int(time[0]), (0...23).contains(hour) else { return nil }
        let minute = time.count == 2 ? (time[1].isEmpty ? 0 : Int(time[1])) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        return date.description + " " + twoDigits(hour) + ":" + twoDigits(minute)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
