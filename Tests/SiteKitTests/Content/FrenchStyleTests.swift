@testable import SiteKit
import Testing

/// Plain text from site.yml and front matters reads like the Markdown around it.
@Suite struct FrenchStyleTests {
    @Test(arguments: [
        ("CLSM d'Armentières", "CLSM d’Armentières"),
        ("L'été : aujourd'hui ?", "L’été\u{00A0}: aujourd’hui\u{202F}?"),
        ("'cité'", "'cité’"),
        ("l’été", "l’été"),
    ])
    func typesetsFrench(_ written: String, _ shown: String) {
        #expect(FrenchStyle(isFrench: true).text(written) == shown)
    }

    @Test func leavesOtherLanguagesAlone() {
        #expect(FrenchStyle(isFrench: false).text("The CLSM's site: here?") == "The CLSM's site: here?")
    }
}
