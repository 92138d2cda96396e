import Templates

/// Makes any text safe inside an XML 1.0 document, in element text and in quoted attributes alike.
enum XMLEscaping {
    /// The characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF) left out, since no parser
    /// would read the document otherwise; then `&`, `<`, `>`, `"` and `'` as HTML writes them, which XML reads too.
    static func escape(_ text: String) -> String {
        // Most texts (URLs, dates, titles) hold no forbidden scalar: HTML escaping alone, which gives a text with
        // nothing to escape back as it is.
        guard text.utf8.contains(where: mayStartForbidden) else { return HTMLEscaping.escape(text) }
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return HTMLEscaping.escape(String(allowed))
    }

    /// True for a control character other than tab, LF and CR, or `EF`, the first byte of U+FFFE and U+FFFF.
    private static func mayStartForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 ? byte != 0x9 && byte != 0xA && byte != 0xD : byte == 0xEF
    }

    /// XML 1.0's `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
