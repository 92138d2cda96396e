@testable import SiteKit
import Testing

/// The shared readers of values with a shape: phones, web and e-mail addresses, as every kind and site.yml use them.
@Suite struct FieldReaderValuesTests {
    private let place = SourceLocation(file: "content/guide/a.md", line: 4, column: 8)

    private func read<Value>(_ key: String, _ text: String, _ run: (inout FieldReader, inout DiagnosticLog) -> Value?) -> (Value?, [String]) {
        let entry = YAMLEntry(key: key, keyLocation: place, value: YAMLNode(.scalar(text, isQuoted: true), at: place))
        var fields = FieldReader([entry], at: place)
        var log = DiagnosticLog()
        let value = run(&fields, &log)
        return (value, log.sorted.map(\.message.english))
    }

    @Test(arguments: [
        ("03 87 56 27 68", "tel:+33387562768"), ("+33 (0)3 87 56 27 68", "tel:+33387562768"),
        ("0387562768", "tel:+33387562768"), ("3114", "tel:3114"), ("+262 262 12 34 56", "tel:+262262123456"),
    ])
    func frenchNumbersGetAnInternationalLink(_ written: String, _ tel: String) {
        let (phone, messages) = read("phone", written) { $0.phone("phone", log: &$1) }
        #expect(phone?.value.telURI == tel)
        #expect(messages == [])
    }

    @Test func anOverseasNumberWrittenWithFrancesCodeIsKeptAndWarnedAbout() {
        let (phone, messages) = read("phone", "+33 6 39 26 27 28") { $0.phone("phone", log: &$1) }
        #expect(phone?.value.telURI == "tel:+33639262728")
        #expect(messages == ["`phone`: `+33 6 39 26 27 28` is written with France's code +33, but 06 39 numbers belong to an overseas "
            + "department dialled with +262: write `+262 6 39 26 27 28` or `06 39 26 27 28`; the link keeps +33 as written"])
    }

    @Test(arguments: [("+44 20 7946 0958", ""), ("03 87 56 27", ": it has 8 digits, a French number has 10"),
                      ("03 87 56 27 68 1", ": it has 11 digits, a French number has 10"), ("appeler le standard", ""),
                      ("0087562768", "")])
    func otherNumbersAreRefused(_ written: String, _ hint: String) {
        let (phone, messages) = read("phone", written) { $0.phone("phone", log: &$1) }
        #expect(phone == nil)
        #expect(messages == ["`phone` must be a French phone number such as `03 87 56 27 68` or `3114`, not `\(written)`\(hint)"])
    }

    @Test(arguments: ["https://example.org/", "http://example.org", "HTTPS://www.ch-jury.fr/contact?x=1#y"])
    func httpAddressesAreKept(_ url: String) {
        #expect(read("website", url) { $0.webAddress("website", log: &$1)?.value } == (url, []))
    }

    @Test(arguments: [
        ("ftp://example.org/", ""), ("javascript:alert(1)", ""), ("https://", ""), ("https://exa mple.org/", ""),
        ("www.example.org", "; write `https://www.example.org`"), ("/guide/", ""),
        ("htps://example.org/", "; write `https://example.org/`"), ("http//example.org", "; write `http://example.org`"),
        ("https:/example.org/a", "; write `https://example.org/a`"), ("htps://", ""),
    ])
    func otherAddressesAreRefused(_ url: String, _ hint: String) {
        #expect(read("website", url) { $0.webAddress("website", log: &$1)?.value }
            == (nil, ["`website` must be an address starting with `https://` (`https://www.ville.fr/`), not `\(url)`\(hint)"]))
    }

    @Test(arguments: ["accueil@example.org", "cmp.metz-centre@chr.example.fr"])
    func emailAddressesAreKept(_ address: String) {
        #expect(read("email", address) { $0.emailAddress("email", log: &$1)?.value } == (address, []))
    }

    @Test(arguments: [("accueil", ": it lacks the `@`"), ("accueil.example.org", ": it lacks the `@`"),
                      ("accueil@example", ": after the `@`, the domain name ends with `.fr`, `.org`…"), ("@example.org", ""),
                      ("a@@example.org", ""), ("a b@example.org", ""), ("mailto:a@example.org", ""), ("a@example..org", ""),
                      ("Accueil <a@example.org>", "")])
    func otherEmailAddressesAreRefused(_ address: String, _ hint: String) {
        #expect(read("email", address) { $0.emailAddress("email", log: &$1)?.value }
            == (nil, ["`email` must be an e-mail address such as `contact@ville.fr`, not `\(address)`\(hint)"]))
    }
}
