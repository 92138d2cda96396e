/// Text for a terminal or a CI log. A file name or a value quoted in a message may hold control characters (an
/// escape sequence recolours the log or moves the cursor, a carriage return rewrites the line) or bidirectional
/// controls (they reorder what follows on screen): each is shown as `\u{1B}`, `\u{202E}`…
public enum VisibleText {
    /// `text` with every control and bidirectional control character written out.
    public static func of(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += written(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `\u{1B}` for U+001B.
    static func written(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// True for the characters that are not shown as they are.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Marks and isolates of the bidirectional algorithm, and the line and paragraph separators.
        case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
