/// A point in WGS84 decimal degrees, as written in `lat:` and `lon:`.
struct Coordinates: Sendable, Equatable {
    /// Latitude, −90 to 90.
    let latitude: Double
    /// Longitude, −180 to 180.
    let longitude: Double

    /// The OpenStreetMap page centred on the point, with a marker: a plain link, nothing loaded from the page.
    var openStreetMapURL: String {
        let lat = String(latitude)
        let lon = String(longitude)
        return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"
    }

    /// Reads a decimal number of degrees (`49.1197`, `-0.57`); nil for anything else, `nan` and `1e3` included.
    static func degrees(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty else { return nil }
        return Double(text)
    }
}
