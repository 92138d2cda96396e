/// HTML character references (`&amp;`, `&nbsp;`, `&#8239;`, `&#x202F;`), which the typography
/// pass copies whole: the `;` that ends one is not punctuation.
enum HTMLEntity {
    /// The entities whose character matters to the typography pass; any other well-formed
    /// named reference is kept as an ordinary letter-like character.
    private static let named: [ShortName: UInt32] = [
        "nbsp": 0xA0, "thinsp": 0x2009, "laquo": 0xAB, "raquo": 0xBB,
        "ldquo": 0x201C, "rdquo": 0x201D, "colon": 0x3A, "semi": 0x3B,
        "excl": 0x21, "quest": 0x3F, "amp": 0x26, "lt": 0x3C, "gt": 0x3E,
        "quot": 0x22, "apos": 0x27, "hellip": 0x2026,
    ]

    /// If a character reference starts at `start` (`&name;`, `&#123;`, `&#x7B;`), returns the
    /// index just after its `;` and the character it stands for when that is known (nil for
    /// named references outside the short list above, and for invalid code points).
    static func scan(_ bytes: [UInt8], at start: Int) -> (end: Int, scalar: UInt32?)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "&") else { return nil }
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            index += 1
            var radix: UInt32 = 10
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var count = 0
            // Eight digits cannot overflow UInt32 in base 10 or 16.
            while index < bytes.count, count < 8, let digit = digitValue(bytes[index], radix: radix) {
                value = value * radix + digit
                count += 1
                index += 1
            }
            guard count > 0, index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
            let isScalar = value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
            return (index + 1, isScalar ? value : nil)
        }
        let nameStart = index
        while index < bytes.count, index - nameStart < 32, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart, isLetter(bytes[nameStart]),
              index < bytes.count, bytes[index] == UInt8(ascii: ";")
        else { return nil }
        let name = ShortName(bytes[nameStart..<index], lowercasing: false)
        return (index + 1, name.flatMap { named[$0] })
    }

    /// Whether `bytes[..<end]` ends with a character reference (its `;` at `end - 1`).
    static func endsWithReference(_ bytes: [UInt8], before end: Int, notBefore lower: Int) -> Bool {
        guard end - 1 > lower, bytes[end - 1] == UInt8(ascii: ";") else { return false }
        var index = end - 2
        while index > lower, end - index < 34,
              isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "#") {
            index -= 1
        }
        return bytes[index] == UInt8(ascii: "&") && index < end - 2
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return UInt32(byte - UInt8(ascii: "0")) }
        guard radix == 16 else { return nil }
        let lower = byte | 0x20
        guard lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") else { return nil }
        return UInt32(lower - UInt8(ascii: "a") + 10)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
    }
}
