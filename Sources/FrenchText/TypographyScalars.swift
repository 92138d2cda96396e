/// Scalars and byte sequences the typography pass looks for, as plain integers so the hot
/// loop never builds `Character`s or `String`s.
enum TypographyScalars {
    static let colon: UInt32 = 0x3A
    static let semicolon: UInt32 = 0x3B
    static let exclamation: UInt32 = 0x21
    static let question: UInt32 = 0x3F
    static let openingGuillemet: UInt32 = 0xAB  // «
    static let closingGuillemet: UInt32 = 0xBB  // »
    static let leftDoubleQuote: UInt32 = 0x201C  // “
    static let rightDoubleQuote: UInt32 = 0x201D  // ”
    static let noBreakSpace: UInt32 = 0xA0
    static let narrowNoBreakSpace: UInt32 = 0x202F
    static let thinSpace: UInt32 = 0x2009
    /// Stands for any letter-like text (entities, protected words) in the writer's context.
    static let letter: UInt32 = 0x61

    static let noBreakSpaceBytes: [UInt8] = [0xC2, 0xA0]
    static let narrowNoBreakSpaceBytes: [UInt8] = [0xE2, 0x80, 0xAF]
    static let openingGuillemetBytes: [UInt8] = [0xC2, 0xAB]
    static let closingGuillemetBytes: [UInt8] = [0xC2, 0xBB]

    /// Spaces that can stand between a word and its punctuation (and are replaced there):
    /// space, tab, no-break space, thin space, narrow no-break space.
    @inline(__always)
    static func isHorizontalSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == noBreakSpace
            || scalar == thinSpace || scalar == narrowNoBreakSpace
    }

    /// Whether `text` contains a byte that could start something the pass changes, so inputs
    /// without any can be returned as they are. False positives only cost the full pass.
    static func mayNeedWork(_ text: String) -> Bool {
        var text = text
        // The bytes in place: a search of the UTF-8 view goes through its generic iterator, several times slower.
        return text.withUTF8 { bytes in
            bytes.contains { byte in
                switch byte {
                // : ; ! ? and the last byte of « » “ ”
                case 0x3A, 0x3B, 0x21, 0x3F, 0xAB, 0xBB, 0x9C, 0x9D: return true
                default: return false
                }
            }
        }
    }

    /// Decodes the UTF-8 scalar that ends just before `end` (`end` > 0).
    static func scalar(in bytes: [UInt8], endingAt end: Int) -> UInt32 {
        var start = end - 1
        // Step back over continuation bytes (10xxxxxx), at most three.
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, at: start).value
    }

    /// Decodes the UTF-8 scalar starting at `index`: its value and its length in bytes.
    ///
    /// The bytes come from a Swift `String`, so they are valid UTF-8; a sequence cut short by
    /// the end of the buffer still yields U+FFFD and length 1 rather than reading past it.
    @inline(__always)
    static func scalar(in bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 2
            value = UInt32(lead & 0x1F)
        }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }
}
