/// A French phone number, validated and normalised from however it was typed.
///
/// Accepted: ten-digit national numbers (`03 87 56 27 68`, `03.87.56.27.68`, `0387562768`),
/// the same in international form (`+33 3 87 56 27 68`, `+33 (0)3 87 56 27 68`,
/// `0033387562768`), overseas departments under their own codes (`+262 262 12 34 56`),
/// and short numbers (`15`, `17`, `18`, `112`, `114`, `115`, `119`, `3114`, `3919`, any
/// four-digit `3xxx`, and the European `116 xxx` lines such as `116 117`).
public struct FrenchPhone: Hashable, Sendable, CustomStringConvertible {
    /// The number as it should be printed: `03 87 56 27 68`, `0 800 235 236`, `3114`, `116 117`
    /// (ordinary spaces).
    public let display: String
    /// The link target: `tel:+33387562768`, `tel:+262262123456`, `tel:3114`.
    public let telURI: String
    /// The country code the number should have been written with, when it was written with France's (`+33 6 39…`) and
    /// belongs to an overseas department that has its own (`262`): the link keeps what was written, and the reader
    /// says so.
    public let overseasCountryCode: String?

    /// Parses `raw`, or returns nil if it is not a French number: letters, wrong length,
    /// foreign country codes, a national number whose second digit is 0.
    public init?(_ raw: String) {
        guard let parsed = PhoneDigits(raw) else { return nil }
        if let (national, written) = Self.nationalNumber(parsed) {
            display = Self.grouped(national)
            let code = OverseasNumbering.countryCode(ofNational: national)
            let isMisdialled = written == [3, 3] && code != [3, 3]
            telURI = "tel:+" + Self.text(isMisdialled ? [3, 3] : code) + Self.text(national.dropFirst())
            overseasCountryCode = isMisdialled ? Self.text(code) : nil
        } else if !parsed.hasPlus, let short = Self.shortNumber(parsed.digits) {
            display = short
            telURI = "tel:" + Self.text(parsed.digits)
            overseasCountryCode = nil
        } else {
            return nil
        }
    }

    /// The `display` form.
    public var description: String { display }

    /// How many digits `raw` has when it is written as a national number of the wrong length (`03 87 56 27`), for
    /// a message to say so; nil otherwise.
    public static func wrongNationalLength(_ raw: String) -> Int? {
        guard let parsed = PhoneDigits(raw), !parsed.hasPlus, parsed.digits.count != 10, parsed.digits.count > 1,
              parsed.digits[0] == 0, parsed.digits[1] != 0 else { return nil }
        return parsed.digits.count
    }

    /// The ten-digit national form (`0XXXXXXXXX`) of a national or international number, with the country code it
    /// was written with (nil for a national number).
    private static func nationalNumber(_ parsed: PhoneDigits) -> (national: [UInt8], code: [UInt8]?)? {
        let digits = parsed.digits
        if !parsed.hasPlus {
            if digits.count == 10, digits[0] == 0, digits[1] != 0 { return (digits, nil) }
            guard digits.count > 2, digits[0] == 0, digits[1] == 0 else { return nil }
        }
        let international = Array(digits.dropFirst(parsed.hasPlus ? 0 : 2))
        let code = ([[3, 3]] + OverseasNumbering.countryCodes).first { international.starts(with: $0) }
        guard let code else { return nil }
        var subscriber = international.dropFirst(code.count)
        // "+33 (0)3 87…" and the frequent "+33 03 87…" keep the national trunk 0.
        if subscriber.count == 10, subscriber.first == 0 { subscriber = subscriber.dropFirst() }
        guard subscriber.count == 9, let first = subscriber.first, first != 0 else { return nil }
        let national = [0] + Array(subscriber)
        if code != [3, 3], OverseasNumbering.countryCode(ofNational: national) != code { return nil }
        return (national, code)
    }

    /// Emergency, help-line and short service numbers, dialled as is.
    /// Returns the display form, or nil if `digits` is no such number.
    private static func shortNumber(_ digits: [UInt8]) -> String? {
        switch digits.count {
        case 2, 3:
            let known: [[UInt8]] = [[1, 5], [1, 7], [1, 8], [1, 1, 2], [1, 1, 4], [1, 1, 5], [1, 1, 9]]
            return known.contains(digits) ? text(digits) : nil
        case 4:
            return digits[0] == 3 ? text(digits) : nil
        case 6:
            guard digits.starts(with: [1, 1, 6]) else { return nil }
            return text(digits[0..<3]) + " " + text(digits[3...])
        default:
            return nil
        }
    }

    /// `03 87 56 27 68`, or `0 800 235 236` for the 08 special-rate and free numbers.
    private static func grouped(_ national: [UInt8]) -> String {
        let groups: [Range<Int>] = national[1] == 8
            ? [0..<1, 1..<4, 4..<7, 7..<10]
            : [0..<2, 2..<4, 4..<6, 6..<8, 8..<10]
        return groups.map { text(national[$0]) }.joined(separator: " ")
    }

    private static func text<Digits: Sequence<UInt8>>(_ digits: Digits) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }
}
