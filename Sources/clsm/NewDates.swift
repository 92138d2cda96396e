import Foundation
import SiteKit

/// The dates `clsm new` writes, as `YYYY-MM-DD` in the site's time zone.
struct NewDates {
    /// Today.
    let today: String
    /// Thirty days from today: the example event of a new site is upcoming.
    let inAMonth: String

    init(now: BuildNow, timeZone: TimeZone) {
        let instant = now.instant(in: timeZone)
        today = Self.day(instant, in: timeZone)
        inAMonth = Self.day(instant.addingTimeInterval(30 * 86_400), in: timeZone)
    }

    private static func day(_ instant: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The time zone of a new site and the default one: France's.
    static let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt
}
