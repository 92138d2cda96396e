import FrenchText
import Testing

/// Dates editors write wrong: day first, the French way, read to say how to write them; a day that does not exist,
/// told why.
@Suite struct DateMistakeTests {
    @Test(arguments: [("08/07/2025", "2025-07-08"), ("8/7/2025", "2025-07-08"), ("06.10.2025", "2025-10-06"),
                      ("14/10/2025 18h30", "2025-10-14 18:30"), ("14/10/2025 18:30", "2025-10-14 18:30"),
                      ("14/10/2025 9h", "2025-10-14 09:00")])
    func aDateWrittenDayFirstIsRewritten(_ written: String, _ iso: String) {
        #expect(FrenchWrittenDate.iso(written) == iso)
    }

    @Test(arguments: ["30/02/2025", "2025/10/14", "14/10/25", "9 octobre", "14/10/2025 25h00", "14/10/2025 soir", ""])
    func anythingElseIsNotRewritten(_ written: String) {
        #expect(FrenchWrittenDate.iso(written) == nil)
    }

    @Test func aDayThatDoesNotExistIsToldWhy() {
        #expect(ImpossibleDate("2025-13-08 14:00") == .noSuchMonth(13))
        #expect(ImpossibleDate("2024-10-32") == .dayOutsideMonth(month: 10, year: 2024, days: 31))
        #expect(ImpossibleDate("2025-02-29") == .dayOutsideMonth(month: 2, year: 2025, days: 28))
        #expect(ImpossibleDate("2024-02-29") == nil)
        #expect(ImpossibleDate("9 octobre") == nil)
    }
}
