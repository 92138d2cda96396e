/// The digits of a phone number as people write it, with its separators removed.
struct PhoneDigits {
    /// The ASCII digits, each as its value 0–9.
    let digits: [UInt8]
    /// Whether the number started with `+` (international form).
    let hasPlus: Bool

    /// Longest digit string considered; E.164 numbers have at most 15 digits, `00` adds 2.
    private static let maxDigits = 17

    /// Extracts the digits of `raw`, or nil if it holds anything but digits, a leading `+`,
    /// spaces of any kind and parentheses anywhere, and `.` `-` `/` or dashes between digits.
    init?(_ raw: String) {
        var digits: [UInt8] = []
        var hasPlus = false
        var seenContent = false
        var needsDigit = false
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "0"..."9":
                guard digits.count < Self.maxDigits else { return nil }
                digits.append(UInt8(scalar.value - 0x30))
                seenContent = true
                needsDigit = false
            case "+":
                guard !seenContent else { return nil }
                hasPlus = true
                seenContent = true
            case "(", ")":
                // "(0)" in "+33 (0)3 …" wraps the national trunk prefix.
                seenContent = true
            default:
                if Self.isSpace(scalar) { continue }
                guard Self.isPunctuation(scalar), !digits.isEmpty else { return nil }
                needsDigit = true
            }
        }
        guard !digits.isEmpty, !needsDigit else { return nil }
        self.digits = digits
        self.hasPlus = hasPlus
    }

    /// Space, tab, no-break space, thin space, narrow no-break space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x00A0, 0x2009, 0x202F: return true
        default: return false
        }
    }

    /// `.` `-` `/`, hyphens and dashes.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2D, 0x2F, 0x2010, 0x2011, 0x2012, 0x2013: return true
        default: return false
        }
    }
}
