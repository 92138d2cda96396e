@testable import SiteKit
import Testing

/// The shape checks of the addresses editors type in site.yml.
@Suite struct WebAddressTests {
    @Test(arguments: ["https://www.ville.fr/", "http://example.org", "HTTPS://Example.org/a?b=c#d", "https://x.fr:8080/"])
    func acceptsWebAddresses(_ text: String) {
        #expect(WebAddress.isValid(text))
    }

    @Test(arguments: ["www.ville.fr", "ftp://x.fr/", "https://", "https:///chemin", "javascript:alert(1)", "https://a b.fr/",
                      "https://x.fr/\"onmouseover", "https://user@x.fr/", "//x.fr/"])
    func refusesTheRest(_ text: String) {
        #expect(!WebAddress.isValid(text))
    }

    @Test(arguments: [("contact@ville.fr", true), ("a.b@sous.domaine.fr", true), ("contact@ville", false), ("@ville.fr", false),
                      ("a@@ville.fr", false), ("a b@ville.fr", false), ("a@ville..fr", false), ("a@ville.fr>", false)])
    func checksEmailAddresses(_ text: String, _ valid: Bool) {
        #expect(WebAddress.isEmail(text) == valid)
    }
}
