import Foundation
import FrenchText

/// Dates as feeds and sitemaps write them, in the site's time zone, never the machine's.
enum Timestamp {
    /// RFC 3339 with the zone's offset at that instant: `2025-09-30T09:00:00+02:00`.
    static func rfc3339(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let sign = offset < 0 ? "-" : "+"
        let time = "\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
        return "\(CalendarDate(daysSinceEpoch: days))T\(time)\(sign)\(twoDigits(abs(offset) / 3600)):\(twoDigits(abs(offset) / 60 % 60))"
    }

    /// RFC 3339 of a date an editor wrote, read in `zone` (a date alone is the start of its day).
    static func rfc3339(_ value: LocalDateTime, in zone: TimeZone) -> String {
        rfc3339(ZonedTime.instant(of: value, in: zone), in: zone)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
