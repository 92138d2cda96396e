@testable import SiteKit
import Testing

/// The shape checks of a guide entry's values, one value at a time.
@Suite struct ResourceChecksTests {
    private let place = SourceLocation(file: "content/guide/a.md", line: 4, column: 8)

    private func check<Value>(_ text: String, _ run: (Located<String>, inout DiagnosticLog) -> Value?) -> (Value?, [String]) {
        var log = DiagnosticLog()
        let value = run(Located(text, at: place), &log)
        return (value, log.sorted.map(\.message.english))
    }

    @Test(arguments: ["57000", "05000", "20000"])
    func fiveDigitPostalCodesAreKept(_ code: String) {
        #expect(check(code) { ResourceChecks.postalCode($0, log: &$1) } == (code, []))
    }

    @Test(arguments: ["5700", "570000", "57 000", "2A004", "５７０００"])
    func otherPostalCodesAreRefused(_ code: String) {
        #expect(check(code) { ResourceChecks.postalCode($0, log: &$1) } == (nil, ["`postal_code` must be five digits (`57000`), not `\(code)`"]))
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
        #expect(log.sorted.map(\.message.english)
            == ["`lat` must be a latitude in decimal degrees between -90 and 90 (WGS84, such as `49.1197`), not `\(text)`"])
    }

    @Test func aLongitudeWithoutLatitudeIsReportedAtIt() {
        var log = DiagnosticLog()
        #expect(ResourceChecks.coordinates(lat: nil, lon: Located("6.17", at: place), log: &log) == nil)
        #expect(log.sorted.map { $0.line(in: .english) } == ["content/guide/a.md:4:8: error: `lon` needs `lat`: give both coordinates, or neither"])
    }

    @Test func theOpenStreetMapLinkNamesLatitudeThenLongitude() {
        #expect(Coordinates(latitude: 49.1197, longitude: 6.1764).openStreetMapURL
            == "https://www.openstreetmap.org/?mlat=49.1197&mlon=6.1764#map=17/49.1197/6.1764")
    }
}
