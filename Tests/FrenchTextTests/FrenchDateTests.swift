import FrenchText
import Testing

struct FrenchDateTests {
    private static let nb = "\u{00A0}"

    private func date(_ iso: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: iso))
    }

    @Test(arguments: [
        ("2025-10-14", "mardi 14 octobre 2025"), ("2025-10-01", "mercredi 1er octobre 2025"),
        ("2024-02-29", "jeudi 29 février 2024"), ("2025-08-15", "vendredi 15 août 2025"),
        ("2025-12-25", "jeudi 25 décembre 2025"), ("2026-01-01", "jeudi 1er janvier 2026"),
        ("2025-10-19", "dimanche 19 octobre 2025"), ("2025-10-06", "lundi 6 octobre 2025"),
    ])
    func long(iso: String, expected: String) throws {
        #expect(FrenchDate.long(try date(iso)) == expected)
    }

    // The first of each month of 2025 exercises every month name and every weekday.
    @Test(arguments: [
        ("2025-01-01", "mercredi 1er janvier 2025"), ("2025-02-01", "samedi 1er février 2025"),
        ("2025-03-01", "samedi 1er mars 2025"), ("2025-04-01", "mardi 1er avril 2025"),
        ("2025-05-01", "jeudi 1er mai 2025"), ("2025-06-01", "dimanche 1er juin 2025"),
        ("2025-07-01", "mardi 1er juillet 2025"), ("2025-08-01", "vendredi 1er août 2025"),
        ("2025-09-01", "lundi 1er septembre 2025"), ("2025-10-01", "mercredi 1er octobre 2025"),
        ("2025-11-01", "samedi 1er novembre 2025"), ("2025-12-01", "lundi 1er décembre 2025"),
    ])
    func everyMonthName(iso: String, expected: String) throws {
        #expect(FrenchDate.long(try date(iso)) == expected)
    }

    @Test(arguments: [
        ("2025-10-14", "14 octobre", "octobre 2025"), ("2025-10-01", "1er octobre", "octobre 2025"),
        ("2024-02-29", "29 février", "février 2024"), ("2025-12-31", "31 décembre", "décembre 2025"),
    ])
    func dayMonthAndMonthYear(iso: String, dayMonth: String, monthYear: String) throws {
        let d = try date(iso)
        #expect(FrenchDate.dayMonth(d) == dayMonth)
        #expect(FrenchDate.monthYear(d) == monthYear)
    }

    @Test(arguments: [
        ("2025-10-14", "2025-10-14", "le mardi 14 octobre 2025"),
        ("2025-10-06", "2025-10-19", "du lundi 6 au dimanche 19 octobre 2025"),
        ("2025-10-01", "2025-10-03", "du mercredi 1er au vendredi 3 octobre 2025"),
        ("2025-10-31", "2025-11-02", "du vendredi 31 octobre au dimanche 2 novembre 2025"),
        ("2025-12-31", "2026-01-01", "du mercredi 31 décembre 2025 au jeudi 1er janvier 2026"),
        ("2025-10-19", "2025-10-06", "du lundi 6 au dimanche 19 octobre 2025"),
        ("2025-01-01", "2025-12-31", "du mercredi 1er janvier au mercredi 31 décembre 2025"),
    ])
    func range(start: String, end: String, expected: String) throws {
        #expect(FrenchDate.range(try date(start), try date(end)) == expected)
    }

    @Test(arguments: [
        (18, 30, "18\(nb)h\(nb)30"), (9, 0, "9\(nb)h"), (18, 5, "18\(nb)h\(nb)05"),
        (0, 15, "0\(nb)h\(nb)15"), (0, 0, "0\(nb)h"), (23, 59, "23\(nb)h\(nb)59"), (12, 0, "12\(nb)h"),
    ])
    func time(hour: Int, minute: Int, expected: String) throws {
        let t = try #require(ClockTime(hour: hour, minute: minute))
        #expect(FrenchDate.time(t) == expected)
    }

    @Test func timeUsesNoBreakSpaces() throws {
        let t = try #require(ClockTime(hour: 18, minute: 30))
        #expect(Array(FrenchDate.time(t).unicodeScalars.map(\.value)) == [0x31, 0x38, 0xA0, 0x68, 0xA0, 0x33, 0x30])
    }

    @Test(arguments: [
        ("2025-10-09", 18, 30, "jeudi 9 octobre 2025, 18\(nb)h\(nb)30"),
        ("2025-10-01", 9, 0, "mercredi 1er octobre 2025, 9\(nb)h"),
    ])
    func dateTime(iso: String, hour: Int, minute: Int, expected: String) throws {
        let t = try #require(ClockTime(hour: hour, minute: minute))
        #expect(FrenchDate.dateTime(try date(iso), t) == expected)
    }
}
