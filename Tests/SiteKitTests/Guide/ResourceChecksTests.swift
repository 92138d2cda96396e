@testable import SiteKit
import Testing

/// The shape checks of a guide entry's values, one value at a time.
@Suite struct ResourceChecksTests {
    private let place = SourceLocation(file: "content/guide/a.md", line: 4, column: 8)

    private func check<Value>(_ text: String, _ run: (Located<String>, inout DiagnosticLog) -> Value?) -> (Value?, [String]) {
        var log = DiagnosticLog()
        let value = run(Located(text, at: place), &log)
        return (value, log.sorted.map(\.message))
    }

    @Test(arguments: ["57000", "05000", "20000"])
    func fiveDigitPostalCodesAreKept(_ code: String) {
        #expect(check(code) { ResourceChecks.postalCode($0, log: &$1) } == (code, []))
    }

    @Test(arguments: ["5700", "570000", "57 000", "2A004", "５７０００"])
    func otherPostalCodesAreRefused(_ code: String) {
        #expect(check(code) { ResourceChecks.postalCode($0, log: &$1) } == (nil, ["`postal_code` must be five digits (`57000`), not `\(code)`"]))
    }

    @Test(arguments: [
        ("03 87 56 27 68", "tel:+33387562768"), ("+33 (0)3 87 56 27 68", "tel:+33387562768"),
        ("0387562768", "tel:+33387562768"), ("3114", "tel:3114"), ("+262 262 12 34 56", "tel:+262262123456"),
    ])
    func frenchNumbersGetAnInternationalLink(_ written: String, _ tel: String) {
        let (phone, messages) = check(written) { ResourceChecks.phone($0, log: &$1) }
        #expect(phone?.telURI == tel)
        #expect(messages == [])
    }

    @Test(arguments: ["+44 20 7946 0958", "03 87 56 27", "appeler le standard", "0087562768"])
    func otherNumbersAreRefused(_ written: String) {
        let (phone, messages) = check(written) { ResourceChecks.phone($0, log: &$1) }
        #expect(phone == nil)
        #expect(messages == ["`phone` must be a French phone number such as `03 87 56 27 68`, `+33 3 87 56 27 68` or `3114`, not `\(written)`"])
    }

    @Test(arguments: ["https://example.org/", "http://example.org", "HTTPS://www.ch-jury.fr/contact?x=1#y"])
    func httpWebsitesAreKept(_ url: String) {
        #expect(check(url) { ResourceChecks.website($0, log: &$1) } == (url, []))
    }

    @Test(arguments: [
        ("ftp://example.org/", ""), ("javascript:alert(1)", ""), ("https://", ""), ("https://exa mple.org/", ""),
        ("www.example.org", "; write `https://www.example.org`"), ("/guide/", ""),
    ])
    func otherWebsitesAreRefused(_ url: String, _ hint: String) {
        #expect(check(url) { ResourceChecks.website($0, log: &$1) }
            == (nil, ["`website` must be an http(s) address such as `https://example.org/`, not `\(url)`\(hint)"]))
    }

    @Test(arguments: ["accueil@example.org", "cmp.metz-centre@chr.example.fr"])
    func emailAddressesAreKept(_ address: String) {
        #expect(check(address) { ResourceChecks.email($0, log: &$1) } == (address, []))
    }

    @Test(arguments: ["accueil", "accueil@example", "@example.org", "a@@example.org", "a b@example.org", "mailto:a@example.org", "a@example..org"])
    func otherEmailAddressesAreRefused(_ address: String) {
        #expect(check(address) { ResourceChecks.email($0, log: &$1) }
            == (nil, ["`email` must be an e-mail address such as `accueil@example.org`, not `\(address)`"]))
    }

    @Test func coordinatesAtTheirLimitsAreKept() {
        var log = DiagnosticLog()
        let point = ResourceChecks.coordinates(lat: Located("-90", at: place), lon: Located("180.0", at: place), log: &log)
        #expect(point == Coordinates(latitude: -90, longitude: 180))
        #expect(log.entries.isEmpty)
    }

    @Test(arguments: ["90.0001", "1e3", "nan", "inf", "0x10", ".5", "5.", "", "49°07'"])
    func latitudesOutOfRangeOrNotDecimalAreRefused(_ text: String) {
        var log = DiagnosticLog()
        let point = ResourceChecks.coordinates(lat: Located(text, at: place), lon: Located("6.17", at: place), log: &log)
        #expect(point == nil)
        #expect(log.sorted.map(\.message)
            == ["`lat` must be a latitude in decimal degrees between -90 and 90 (WGS84, such as `49.1197`), not `\(text)`"])
    }

    @Test func aLongitudeWithoutLatitudeIsReportedAtIt() {
        var log = DiagnosticLog()
        #expect(ResourceChecks.coordinates(lat: nil, lon: Located("6.17", at: place), log: &log) == nil)
        #expect(log.sorted.map(\.description) == ["content/guide/a.md:4:8: error: `lon` needs `lat`: give both coordinates, or neither"])
    }

    @Test func theOpenStreetMapLinkNamesLatitudeThenLongitude() {
        #expect(Coordinates(latitude: 49.1197, longitude: 6.1764).openStreetMapURL
            == "https://www.openstreetmap.org/?mlat=49.1197&mlon=6.1764#map=17/49.1197/6.1764")
    }
}
