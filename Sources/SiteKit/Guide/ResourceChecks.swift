import Foundation
import FrenchText

/// The checks of a guide entry's values whose shape matters: postal code, publics, ages, coordinates.
enum ResourceChecks {
    /// Five digits.
    static func postalCode(_ value: Located<String>?, log: inout DiagnosticLog) -> String? {
        guard let value else { return nil }
        guard value.value.count == 5, value.value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            log.error(.badPostalCode(value.value), at: value.location)
            return nil
        }
        return value.value
    }

    /// True when `value` is a public of the vocabulary; an error at the item otherwise.
    static func audience(_ value: Located<String>, log: inout DiagnosticLog) -> Bool {
        guard GuideAudience.ids.contains(value.value) else {
            log.error(.unknownPublic(value.value, ids: GuideAudience.ids),
                      at: value.location)
            return false
        }
        return true
    }

    /// The ages, the oldest not below the youngest.
    static func ages(min: Located<Int>?, max: Located<Int>?, log: inout DiagnosticLog) -> (min: Int?, max: Int?) {
        if let min, let max, max.value < min.value {
            log.error(.agesReversed(max: max.value, min: min.value), at: max.location)
        }
        return (min?.value, max?.value)
    }

    /// Both coordinates in their ranges, or neither.
    static func coordinates(lat: Located<String>?, lon: Located<String>?, log: inout DiagnosticLog) -> Coordinates? {
        let latitude = degrees(lat, key: "lat", name: "latitude", limit: 90, log: &log)
        let longitude = degrees(lon, key: "lon", name: "longitude", limit: 180, log: &log)
        switch (lat, lon) {
        case (let lat?, nil): log.error(.latitudeWithoutLongitude(), at: lat.location)
        case (nil, let lon?): log.error(.longitudeWithoutLatitude(), at: lon.location)
        default: break
        }
        guard let latitude, let longitude else { return nil }
        return Coordinates(latitude: latitude, longitude: longitude)
    }

    private static func degrees(_ value: Located<String>?, key: String, name: String, limit: Double, log: inout DiagnosticLog) -> Double? {
        guard let value else { return nil }
        guard let number = Coordinates.degrees(value.value), (-limit...limit).contains(number) else {
            log.error(.badCoordinate(key, value.value, latitude: key == "lat"),
                      at: value.location)
            return nil
        }
        return number
    }
}
