import Foundation
import FrenchText
@testable import SiteKit
import Testing

/// `VTIMEZONE` components come from the zone's own transitions, year by year.
@Suite struct VTimeZoneBuilderTests {
    @Test func parisIn2025HasTheWinterOfItsStartAndBothChanges() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Paris"))
        let component = VTimeZoneBuilder.component(for: zone, identifier: "Europe/Paris", years: [2025])
        #expect(component.contentLines == [
            "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:STANDARD", "DTSTART:20241027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20250330T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func consecutiveYearsShareTheirCommonObservanceOnce() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Paris"))
        let lines = VTimeZoneBuilder.component(for: zone, identifier: "Europe/Paris", years: [2025, 2026]).contentLines
        #expect(lines.filter { $0.hasPrefix("DTSTART:") } == [
            "DTSTART:20241027T030000", "DTSTART:20250330T020000", "DTSTART:20251026T030000",
            "DTSTART:20260329T020000", "DTSTART:20261025T030000",
        ])
    }

    @Test func aSouthernZoneStartsTheYearInSummerTime() throws {
        let zone = try #require(TimeZone(identifier: "Australia/Sydney"))
        let lines = VTimeZoneBuilder.component(for: zone, identifier: "Australia/Sydney", years: [2025]).contentLines
        #expect(lines == [
            "BEGIN:VTIMEZONE", "TZID:Australia/Sydney",
            "BEGIN:DAYLIGHT", "DTSTART:20241006T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20250406T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20251005T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }

    @Test func aZoneWithoutChangesHasOneFixedObservance() throws {
        let zone = try #require(TimeZone(identifier: "Indian/Reunion"))
        let lines = VTimeZoneBuilder.component(for: zone, identifier: "Indian/Reunion", years: [2025]).contentLines
        #expect(lines == [
            "BEGIN:VTIMEZONE", "TZID:Indian/Reunion",
            "BEGIN:STANDARD", "DTSTART:20241231T040000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test(arguments: [(3600, "+0100"), (-9000, "-0230"), (0, "+0000"), (19_800, "+0530"), (561, "+000921")])
    func writesOffsets(_ seconds: Int, _ expected: String) {
        #expect(ICalendarTime.offset(seconds) == expected)
    }

    @Test func writesUTCAndLocalTimes() throws {
        #expect(ICalendarTime.utc(Date(timeIntervalSince1970: 1_760_263_200)) == "20251012T100000Z")
        #expect(ICalendarTime.utc(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
        let date = try #require(CalendarDate(iso: "2025-10-09"))
        #expect(ICalendarTime.local(date, try #require(ClockTime(iso: "08:05"))) == "20251009T080500")
        #expect(ICalendarTime.date(date) == "20251009")
    }
}
