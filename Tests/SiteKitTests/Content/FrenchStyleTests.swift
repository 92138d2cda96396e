@testable import SiteKit
import FrenchText
import Testing

/// Plain text from site.yml and front matters reads like the Markdown around it.
@Suite struct FrenchStyleTests {
    @Test(arguments: [
        ("CLSM d'Armentières", "CLSM d’Armentières"),
        ("L'été : aujourd'hui ?", "L’été\u{00A0}: aujourd’hui\u{202F}?"),
        ("'cité'", "'cité’"),
        ("l’été", "l’été"),
        ("e\u{301}'", "e\u{301}’"),
        ("'", "'"),
        ("a''b", "a’'b"),
        ("Ça marche l'hiver, d'été'", "Ça marche l’hiver, d’été’"),
    ])
    func typesetsFrench(_ written: String, _ shown: String) {
        #expect(FrenchStyle(isFrench: true).text(written) == shown)
    }

    /// The apostrophes found as bytes give what a walk over every character gives.
    @Test func agreesWithAWalkOverCharacters() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces = ["'", "l", "é", "e\u{301}", " ", ":", "?", "«", "1", "’", "\u{1F600}", "\u{200D}", "-", "\u{301}", "ª", "µ", "\u{600}", "\r"]
        for _ in 0..<2_000 {
            let text = (0..<Int(next() % 12)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
            var expected = ""
            var previous: Character?
            for character in FrenchTypography.text(text) {
                expected.append(character == "'" && previous?.isLetter == true ? "’" : character)
                previous = character
            }
            #expect(FrenchStyle(isFrench: true).text(text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func leavesOtherLanguagesAlone() {
        #expect(FrenchStyle(isFrench: false).text("The CLSM's site: here?") == "The CLSM's site: here?")
    }
}
