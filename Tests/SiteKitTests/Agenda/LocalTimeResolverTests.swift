import Foundation
import FrenchText
@testable import SiteKit
import Testing

/// Local times resolve from the zone's own rules, whatever the machine's zone.
@Suite struct LocalTimeResolverTests {
    private func resolve(_ date: String, _ time: String, _ zone: String) throws -> LocalTimeResolver.Resolution {
        LocalTimeResolver.resolve(try #require(CalendarDate(iso: date)), try #require(ClockTime(iso: time)),
                                  in: try #require(TimeZone(identifier: zone)))
    }

    @Test func anOrdinaryTimeHappensOnce() throws {
        #expect(try resolve("2025-10-09", "18:30", "Europe/Paris") == .unique(Date(timeIntervalSince1970: 1_760_027_400)))
        #expect(try resolve("2025-01-15", "09:00", "Europe/Paris") == .unique(Date(timeIntervalSince1970: 1_736_928_000)))
    }

    @Test func theSpringGapDoesNotExist() throws {
        let change = LocalTimeResolver.ClockChange(from: "02:00", to: "03:00", offsetAfter: 7200)
        #expect(try resolve("2026-03-29", "02:30", "Europe/Paris") == .skipped(change))
        #expect(try resolve("2026-03-29", "02:00", "Europe/Paris") == .skipped(change))
        #expect(try resolve("2026-03-29", "03:00", "Europe/Paris") == .unique(Date(timeIntervalSince1970: 1_774_746_000)))
    }

    @Test func theAutumnOverlapHappensTwiceFirstInSummerTime() throws {
        let change = LocalTimeResolver.ClockChange(from: "03:00", to: "02:00", offsetAfter: 3600)
        // 00:30 UTC (02:30 CEST), then 01:30 UTC (02:30 CET).
        #expect(try resolve("2025-10-26", "02:30", "Europe/Paris")
            == .repeated(first: Date(timeIntervalSince1970: 1_761_438_600), second: Date(timeIntervalSince1970: 1_761_442_200), change))
    }

    @Test func otherZonesFollowTheirOwnRules() throws {
        guard case .skipped(let change) = try resolve("2025-03-09", "02:30", "America/New_York") else {
            Issue.record("02:30 on 9 March 2025 does not exist in New York")
            return
        }
        #expect(change == LocalTimeResolver.ClockChange(from: "02:00", to: "03:00", offsetAfter: -14_400))
        #expect(try resolve("2025-10-26", "02:30", "Asia/Tokyo") == .unique(Date(timeIntervalSince1970: 1_761_413_400)))
    }
}
