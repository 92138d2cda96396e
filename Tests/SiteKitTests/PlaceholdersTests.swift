import Testing
@testable import SiteKit

@Suite struct PlaceholdersTests {
    @Test func findsTheLinesHoldingOnlyThePlaceholder() {
        let text = Placeholders.bodyText
        let body = "\(text)\nAvant \(text)\n  \(text) \t\n\n\(text)\r\n\(text)."
        #expect(Placeholders.lineOffsets(in: body, holdingOnly: text) == [0, 2, 4])
        #expect(Placeholders.lineOffsets(in: "Texte\n\(text)", holdingOnly: text) == [1])
        #expect(Placeholders.lineOffsets(in: "", holdingOnly: text) == [])
        #expect(Placeholders.lineOffsets(in: "\n", holdingOnly: text) == [])
    }

    @Test func findsAValueHoldingOnlyThePlaceholder() {
        #expect(Placeholders.holdsOnly(" À préciser\t", Placeholders.unspecified))
        #expect(!Placeholders.holdsOnly("À préciser plus tard", Placeholders.unspecified))
        #expect(!Placeholders.holdsOnly("À", Placeholders.unspecified))
    }
}
