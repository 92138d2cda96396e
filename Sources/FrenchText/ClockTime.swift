/// A time of day to the minute, with no date and no time zone (the local time printed on a
/// poster: "18 h 30").
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// A time from its parts, or nil unless `hour` is 0–23 and `minute` 0–59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `HH:MM` on 24 hours (`18:30`, `09:05`); nil for anything else,
    /// including `9:05`, `24:00` and `18h30`.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              let hour = Self.twoDigits(bytes[0], bytes[1]),
              let minute = Self.twoDigits(bytes[3], bytes[4])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The `HH:MM` form (`09:05`), as accepted by `init?(iso:)`.
    public var description: String {
        CivilCalendar.zeroPadded(hour, width: 2) + ":" + CivilCalendar.zeroPadded(minute, width: 2)
    }

    /// Chronological order within a day.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }

    private static func twoDigits(_ tens: UInt8, _ units: UInt8) -> Int? {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard digits.contains(tens), digits.contains(units) else { return nil }
        return Int(tens - UInt8(ascii: "0")) * 10 + Int(units - UInt8(ascii: "0"))
    }
}
