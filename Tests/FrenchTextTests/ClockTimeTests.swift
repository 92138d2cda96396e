import FrenchText
import Testing

struct ClockTimeTests {
    @Test(arguments: [
        (0, 0, true), (23, 59, true), (18, 30, true), (24, 0, false), (-1, 0, false),
        (12, 60, false), (12, -1, false), (Int.max, 0, false),
    ])
    func validation(hour: Int, minute: Int, isValid: Bool) {
        let time = ClockTime(hour: hour, minute: minute)
        #expect((time != nil) == isValid)
        #expect(time?.hour == (isValid ? hour : nil))
        #expect(time?.minute == (isValid ? minute : nil))
    }

    @Test(arguments: [
        ("18:30", "18:30"), ("09:05", "09:05"), ("00:00", "00:00"), ("23:59", "23:59"),
        ("9:05", nil), ("24:00", nil), ("12:60", nil), ("18h30", nil), ("18:30:00", nil),
        ("", nil), (" 18:30", nil), ("1a:30", nil),
    ] as [(String, String?)])
    func isoParsing(iso: String, expected: String?) {
        #expect(ClockTime(iso: iso)?.description == expected)
    }

    @Test func orderIsChronological() throws {
        let times = try ["18:30", "09:05", "18:05", "00:00", "23:59"].map { try #require(ClockTime(iso: $0)) }
        #expect(times.sorted().map(\.description) == ["00:00", "09:05", "18:05", "18:30", "23:59"])
    }
}
