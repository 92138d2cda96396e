import FrenchText
@testable import SiteKit
import Testing

/// When an entry counts as stale: checked more than a year before the build's day.
@Suite struct ResourceFreshnessTests {
    private func day(_ iso: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: iso))
    }

    @Test func aYearToTheDayIsStillFreshAndADayMoreIsStale() throws {
        let today = try day("2025-10-12")
        #expect(ResourceFreshness(checked: try day("2024-10-12"), today: today) == .fresh)
        #expect(ResourceFreshness(checked: try day("2024-10-11"), today: today) == .stale(try day("2024-10-11")))
    }

    @Test func todayIsFreshAndTomorrowIsInTheFuture() throws {
        let today = try day("2025-10-12")
        #expect(ResourceFreshness(checked: today, today: today) == .fresh)
        #expect(ResourceFreshness(checked: try day("2025-10-13"), today: today) == .future(try day("2025-10-13")))
    }

    @Test func noDateIsNeverChecked() throws {
        #expect(ResourceFreshness(checked: nil, today: try day("2025-10-12")) == .neverChecked)
    }

    @Test func aYearBeforeTheTwentyNinthOfFebruaryIsTheTwentyEighth() throws {
        #expect(ResourceFreshness.oneYear(before: try day("2028-02-29")) == (try day("2027-02-28")))
    }
}
