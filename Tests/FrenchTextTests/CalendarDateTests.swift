import FrenchText
import Testing

struct CalendarDateTests {
    @Test(arguments: [
        (2024, 2, 29, true), (2000, 2, 29, true), (2025, 2, 29, false), (1900, 2, 29, false),
        (2100, 2, 29, false), (2200, 2, 29, false), (2400, 2, 29, true), (1600, 2, 29, true),
        (2025, 2, 28, true), (2025, 4, 30, true), (2025, 4, 31, false), (2025, 12, 31, true),
        (2025, 13, 1, false), (2025, 0, 1, false), (2025, 1, 0, false), (2025, 1, 32, false),
        (2025, -1, 1, false), (1, 1, 1, true), (9999, 12, 31, true), (0, 1, 1, false),
        (10000, 1, 1, false), (Int.max, Int.max, Int.max, false), (Int.min, 1, 1, false),
    ])
    func validation(year: Int, month: Int, day: Int, isValid: Bool) {
        let date = CalendarDate(year: year, month: month, day: day)
        #expect((date != nil) == isValid)
        #expect(date?.year == (isValid ? year : nil))
        #expect(date?.month == (isValid ? month : nil))
        #expect(date?.day == (isValid ? day : nil))
    }

    @Test(arguments: [
        ("2025-10-09", "2025-10-09"), ("2024-02-29", "2024-02-29"), ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"), ("2025-02-29", nil), ("0000-01-01", nil), ("2025-1-09", nil),
        ("2025/10/09", nil), (" 2025-10-09", nil), ("2025-10-09 ", nil), ("20251009", nil),
        ("", nil), ("2025-10-9a", nil), ("2025-10-09T18:30", nil), ("+025-10-09", nil),
        ("２０２５-10-09", nil), ("2025-13-01", nil), ("2025-00-10", nil), ("2025-10-00", nil),
    ] as [(String, String?)])
    func isoParsing(iso: String, expected: String?) {
        #expect(CalendarDate(iso: iso)?.description == expected)
    }

    @Test(arguments: [
        (2025, 10, 9, "2025-10-09"), (1, 1, 1, "0001-01-01"), (999, 12, 31, "0999-12-31"),
        (2024, 2, 29, "2024-02-29"),
    ])
    func description(year: Int, month: Int, day: Int, expected: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.description == expected)
        #expect("\(date)" == expected)
    }

    // Reference values computed with Python's datetime (proleptic Gregorian).
    @Test(arguments: [
        ("1970-01-01", 0, 4), ("1970-01-02", 1, 5), ("1969-12-31", -1, 3), ("2000-01-01", 10957, 6),
        ("2025-10-09", 20370, 4), ("2024-02-29", 19782, 4), ("0001-01-01", -719162, 1),
        ("9999-12-31", 2932896, 5), ("1900-03-01", -25508, 4), ("2038-01-19", 24855, 2),
        ("2025-10-19", 20380, 7), ("2025-10-06", 20367, 1),
    ])
    func daysSinceEpochAndWeekday(iso: String, days: Int, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.daysSinceEpoch == days)
        #expect(date.weekday == weekday)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
    }

    @Test func daysSinceEpochRoundTripsAcrossTheWholeRange() {
        var days = -719_162
        while days <= 2_932_896 {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            days += 997
        }
    }

    @Test(arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2024-02-28", 2, "2024-03-01"), ("2025-02-28", 1, "2025-03-01"),
        ("2025-12-31", 1, "2026-01-01"), ("2026-01-01", -1, "2025-12-31"), ("2025-10-09", 0, "2025-10-09"),
        ("2025-10-09", 365, "2026-10-09"), ("2000-03-01", -1, "2000-02-29"), ("1900-03-01", -1, "1900-02-28"),
        ("2025-10-06", 13, "2025-10-19"), ("1970-01-01", -1, "1969-12-31"),
        ("9999-12-31", 1, "9999-12-31"), ("0001-01-01", -1, "0001-01-01"),
        ("2025-01-01", Int.max, "9999-12-31"), ("2025-01-01", Int.min, "0001-01-01"),
    ])
    func adding(iso: String, days: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.adding(days: days).description == expected)
    }

    @Test(arguments: [(Int.max, "9999-12-31"), (Int.min, "0001-01-01"), (5_000_000, "9999-12-31")])
    func outOfRangeDayCountsAreClamped(days: Int, expected: String) {
        #expect(CalendarDate(daysSinceEpoch: days).description == expected)
    }

    @Test func orderIsChronological() throws {
        let isos = ["2025-10-09", "2024-12-31", "2025-01-01", "2025-10-10", "2025-09-30", "1999-12-31"]
        let dates = try isos.map { try #require(CalendarDate(iso: $0)) }
        #expect(dates.sorted().map(\.description)
            == ["1999-12-31", "2024-12-31", "2025-01-01", "2025-09-30", "2025-10-09", "2025-10-10"])
        #expect(Set(dates + dates).count == dates.count)
    }
}
