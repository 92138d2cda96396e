import Foundation
import FrenchText
@testable import SiteKit
import Testing

/// Feed and sitemap dates in the site's zone, with the offset of that day.
@Suite struct TimestampTests {
    private func date(_ text: String) throws -> LocalDateTime {
        try #require(LocalDateTime(parsing: text))
    }

    @Test(arguments: [
        ("2025-09-30 09:00", "Europe/Paris", "2025-09-30T09:00:00+02:00"),
        ("2025-03-01", "Europe/Paris", "2025-03-01T00:00:00+01:00"),
        ("2025-03-30 03:30", "Europe/Paris", "2025-03-30T03:30:00+02:00"),
        ("2025-10-26 03:30", "Europe/Paris", "2025-10-26T03:30:00+01:00"),
        ("2025-01-15 23:59", "America/Cayenne", "2025-01-15T23:59:00-03:00"),
        ("2025-06-01 12:00", "Asia/Kolkata", "2025-06-01T12:00:00+05:30"),
        ("2025-06-01T12:00:00Z", "Europe/Paris", "2025-06-01T14:00:00+02:00"),
        ("1969-12-31 23:00", "UTC", "1969-12-31T23:00:00+00:00"),
    ])
    func writesRFC3339InTheSiteZone(_ written: String, _ zone: String, _ expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(Timestamp.rfc3339(try date(written), in: timeZone) == expected)
    }
}
