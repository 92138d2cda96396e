/// French overseas departments keep their own country codes: 02 62 12 34 56 in Réunion is
/// +262 262 12 34 56 from abroad or from a mobile's `tel:` link, not +33 2 62 12 34 56.
enum OverseasNumbering {
    /// The country codes handled, besides 33.
    static let countryCodes: [[UInt8]] = [[2, 6, 2], [5, 9, 0], [5, 9, 4], [5, 9, 6]]

    /// The country code of a ten-digit national number (`0262…`), from its first four digits:
    /// Réunion and Mayotte 262 (0262, 0263, 0269, 0639, 0692, 0693), Guadeloupe and the
    /// northern islands 590 (0590, 0690, 0691), French Guiana 594 (0594, 0694),
    /// Martinique 596 (0596, 0696, 0697); 33 for everything else.
    static func countryCode(ofNational national: [UInt8]) -> [UInt8] {
        guard national.count == 10 else { return [3, 3] }
        switch Array(national[0..<4]) {
        case [0, 2, 6, 2], [0, 2, 6, 3], [0, 2, 6, 9], [0, 6, 3, 9], [0, 6, 9, 2], [0, 6, 9, 3]:
            return [2, 6, 2]
        case [0, 5, 9, 0], [0, 6, 9, 0], [0, 6, 9, 1]:
            return [5, 9, 0]
        case [0, 5, 9, 4], [0, 6, 9, 4]:
            return [5, 9, 4]
        case [0, 5, 9, 6], [0, 6, 9, 6], [0, 6, 9, 7]:
            return [5, 9, 6]
        default:
            return [3, 3]
        }
    }
}
