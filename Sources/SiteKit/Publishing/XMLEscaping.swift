import Templates

/// Makes any text safe inside an XML 1.0 document, in element text and in quoted attributes alike.
enum XMLEscaping {
    /// The characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF) left out, since no parser
    /// would read the document otherwise; then `&`, `<`, `>`, `"` and `'` as HTML writes them, which XML reads too.
    static func escape(_ text: String) -> String {
        // Most texts (URLs, dates, titles) have none of those: given back as they are.
        guard text.utf8.contains(where: needsWork) else { return text }
        // Below U+0020 only tab, LF and CR are allowed; the other forbidden scalars (U+FFFE, U+FFFF) start with EF.
        if text.utf8.allSatisfy({ $0 >= 0x20 ? $0 != 0xEF : $0 == 0x9 || $0 == 0xA || $0 == 0xD }) {
            return HTMLEscaping.escape(text)
        }
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return HTMLEscaping.escape(String(allowed))
    }

    /// True for a byte that is escaped, a control character, or the first byte of U+FFFE and U+FFFF (`EF`).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x9, 0xA, 0xD: return false
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: return true
        default: return false
        }
    }

    /// XML 1.0's `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
