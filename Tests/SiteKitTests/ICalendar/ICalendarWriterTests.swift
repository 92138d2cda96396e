import Foundation
@testable import SiteKit
import Testing

/// Folding at 75 octets with CRLF, never inside a UTF-8 character, and the order of a component's lines.
@Suite struct ICalendarWriterTests {
    @Test func aShortLineIsLeftWholeAndEndsWithCRLF() {
        #expect(ICalendarWriter.fold("SUMMARY:Ciné-débat") == "SUMMARY:Ciné-débat\r\n")
    }

    @Test func aLineOfExactly75OctetsIsNotFolded() {
        let line = "DESCRIPTION:" + String(repeating: "a", count: 63)
        #expect(line.utf8.count == 75)
        #expect(ICalendarWriter.fold(line) == line + "\r\n")
    }

    @Test func aLongASCIILineIsFoldedAt75OctetsWithALeadingSpace() {
        let line = "DESCRIPTION:" + String(repeating: "x", count: 200)
        let folded = ICalendarWriter.fold(line)
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        // 212 octets: the first 75, then a space and the next 74, then a space and the last 63.
        #expect(lines.map(\.utf8.count) == [75, 75, 64])
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(unfold(folded) == line)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    func multiOctetCharactersAreNeverSplit(_ shift: Int) {
        // é is 2 octets, € 3, 😀 4: every position of a boundary is met across the shifts.
        let line = "DESCRIPTION:" + String(repeating: "a", count: shift) + String(repeating: "é€😀", count: 40)
        let folded = ICalendarWriter.fold(line)
        let octets = Array(folded.utf8)
        var start = 0
        for index in 0..<octets.count - 1 where octets[index] == 13 && octets[index + 1] == 10 {
            let physical = Array(octets[start..<index])
            #expect(physical.count <= 75)
            #expect(String(validating: physical, as: UTF8.self) != nil, "a line splits a character")
            start = index + 2
        }
        #expect(start == octets.count)
        #expect(unfold(folded) == line)
    }

    @Test func aComponentWritesItsPropertiesThenItsComponents() {
        let calendar = ICalendarComponent("VCALENDAR", properties: [ICalendarProperty("VERSION", raw: "2.0")], components: [
            ICalendarComponent("VEVENT", properties: [
                ICalendarProperty("DTSTART", raw: "20251009T183000", parameters: [.init("TZID", "Europe/Paris")]),
                ICalendarProperty("SUMMARY", text: "Conférence, débat"),
            ]),
        ])
        #expect(ICalendarWriter.write(calendar) == """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            DTSTART;TZID=Europe/Paris:20251009T183000\r
            SUMMARY:Conférence\\, débat\r
            END:VEVENT\r
            END:VCALENDAR\r

            """)
    }

    private func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "")
    }
}
