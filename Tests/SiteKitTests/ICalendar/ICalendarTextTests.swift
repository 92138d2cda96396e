@testable import SiteKit
import Testing

/// TEXT and parameter values escaped as RFC 5545 asks.
@Suite struct ICalendarTextTests {
    @Test(arguments: [
        ("Ciné-débat", "Ciné-débat"),
        ("8 €, 5 € tarif réduit", "8 €\\, 5 € tarif réduit"),
        ("un; deux", "un\\; deux"),
        ("C:\\dossier", "C:\\\\dossier"),
        ("ligne 1\nligne 2", "ligne 1\\nligne 2"),
        ("ligne 1\r\nligne 2", "ligne 1\\nligne 2"),
        ("ligne 1\rligne 2", "ligne 1\\nligne 2"),
        ("tab\there", "tab\there"),
        ("bip\u{07}\u{7F}", "bip"),
        ("« guillemets » : deux-points", "« guillemets » : deux-points"),
    ])
    func escapesText(_ input: String, _ expected: String) {
        #expect(ICalendarText.escape(input) == expected)
    }

    @Test(arguments: [
        ("Europe/Paris", "Europe/Paris"),
        ("a:b", "\"a:b\""),
        ("a;b,c", "\"a;b,c\""),
        ("dit \"non\"", "dit non"),
    ])
    func quotesParameterValuesThatNeedIt(_ input: String, _ expected: String) {
        #expect(ICalendarText.parameterValue(input) == expected)
    }
}
