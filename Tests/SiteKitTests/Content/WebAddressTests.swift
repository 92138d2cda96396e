@testable import SiteKit
import Testing

/// The shape checks of the addresses editors type in site.yml.
@Suite struct WebAddressTests {
    @Test(arguments: ["https://www.ville.fr/", "http://example.org", "HTTPS://Example.org/a?b=c#d", "https://x.fr:8080/"])
    func acceptsWebAddresses(_ text: String) {
        #expect(WebAddress.isValid(text))
    }

    @Test(arguments: ["www.ville.fr", "ftp://x.fr/", "https://", "https:///chemin", "javascript:alert(1)", "https://a b.fr/",
                      "https://x.fr/\"onmouseover", "https://user@x.fr/", "//x.fr/",
                      // One Character each, yet a quote, a line break or a control character to a browser or a parser.
                      "https://x.fr/\"\u{301}onmouseover", "https://x.fr/\r\nX-INJECTED:1", "https://x.fr/\r", "https://x.fr/\u{2028}",
                      "https://x.fr/\u{85}", "https://x.fr/\u{1}", "https://x.fr/\u{200B}", "https://x.fr/\u{A0}"])
    func refusesTheRest(_ text: String) {
        #expect(!WebAddress.isValid(text))
    }

    @Test(arguments: [("contact@ville.fr", true), ("a.b@sous.domaine.fr", true), ("contact@ville", false), ("@ville.fr", false),
                      ("a@@ville.fr", false), ("a b@ville.fr", false), ("a@ville..fr", false), ("a@ville.fr>", false),
                      ("a@ville.fr\r\nBcc: b@c.fr", false), ("a@ville.fr\r", false), ("a\"\u{301}@ville.fr", false),
                      ("a@ville.fr,\u{301}b@c.fr", false)])
    func checksEmailAddresses(_ text: String, _ valid: Bool) {
        #expect(WebAddress.isEmail(text) == valid)
    }
}
