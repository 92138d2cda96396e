import Foundation
import FrenchText

/// The checks of a guide entry's values whose shape matters: postal code, publics, ages, coordinates.
enum ResourceChecks {
    /// Five digits.
    static func postalCode(_ value: Located<String>?, log: inout DiagnosticLog) -> String? {
        guard let value else { return nil }
        guard value.value.count == 5, value.value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            log.error("`postal_code` must be five digits (`57000`), not `\(value.value)`", at: value.location)
            return nil
        }
        return value.value
    }

    /// True when `value` is a public of the vocabulary; an error at the item otherwise.
    static func audience(_ value: Located<String>, log: inout DiagnosticLog) -> Bool {
        guard GuideAudience.ids.contains(value.value) else {
            let list = GuideAudience.ids.map { "`\($0)`" }.joined(separator: ", ")
            log.error("`publics` may hold \(list), not `\(value.value)`\(KeySuggestion.hint(for: value.value, among: GuideAudience.ids))",
                      at: value.location)
            return false
        }
        return true
    }

    /// The ages, the oldest not below the youngest.
    static func ages(min: Located<Int>?, max: Located<Int>?, log: inout DiagnosticLog) -> (min: Int?, max: Int?) {
        if let min, let max, max.value < min.value {
            log.error("`age_max` (\(max.value)) is below `age_min` (\(min.value))", at: max.location)
        }
        return (min?.value, max?.value)
    }

    /// Both coordinates in their ranges, or neither.
    static func coordinates(lat: Located<String>?, lon: Located<String>?, log: inout DiagnosticLog) -> Coordinates? {
        let latitude = degrees(lat, key: "lat", name: "latitude", limit: 90, log: &log)
        let longitude = degrees(lon, key: "lon", name: "longitude", limit: 180, log: &log)
        switch (lat, lon) {
        case (let lat?, nil): log.error("`lat` needs `lon`: give both coordinates, or neither", at: lat.location)
        case (nil, let lon?): log.error("`lon` needs `lat`: give both coordinates, or neither", at: lon.location)
        default: break
        }
        guard let latitude, let longitude else { return nil }
        return Coordinates(latitude: latitude, longitude: longitude)
    }

    private static func degrees(_ value: Located<String>?, key: String, name: String, limit: Double, log: inout DiagnosticLog) -> Double? {
        guard let value else { return nil }
        guard let number = Coordinates.degrees(value.value), (-limit...limit).contains(number) else {
            let hint = value.value.contains(",") ? "; write the decimal point as `.`" : ""
            log.error("`\(key)` must be a \(name) in decimal degrees between -\(Int(limit)) and \(Int(limit)) (WGS84, such as `\(key == "lat" ? "49.1197" : "6.1764")`), not `\(value.value)`\(hint)",
                      at: value.location)
            return nil
        }
        return number
    }
}
