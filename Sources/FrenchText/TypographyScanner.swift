/// The single pass behind `FrenchTypography`: walks the UTF-8 bytes once, hands markup, URLs,
/// e-mail addresses and character references to the writer whole, and text scalars one by one.
enum TypographyScanner {
    /// What the input is.
    enum Mode {
        /// Plain text: `<` and `&` are ordinary characters (but `&amp;`-like references are
        /// still copied whole, in case the text was already escaped).
        case plainText
        /// An HTML fragment: only text nodes are typeset.
        case html
    }

    static func run(_ input: String, mode: Mode) -> String {
        let bytes = Array(input.utf8)
        var writer = TypographyWriter(capacity: bytes.count)
        var index = 0
        var atTokenStart = true
        var protected: Range<Int>?
        while index < bytes.count {
            if let range = protected, index >= range.lowerBound {
                protected = nil
                if index < range.upperBound {
                    // The real last character, not a stand-in: whether a token is protected can
                    // change once spaces have been added, and the output must not.
                    let lastScalar = TypographyScalars.scalar(in: bytes, endingAt: range.upperBound)
                    writer.word(bytes[index..<range.upperBound], lastScalar: lastScalar)
                    index = range.upperBound
                    atTokenStart = false
                    continue
                }
            }
            let byte = bytes[index]
            if mode == .html, byte == UInt8(ascii: "<"), let markup = HTMLMarkup.scan(bytes, at: index) {
                let raw = bytes[index..<markup.end]
                switch markup.effect {
                case .transparent: writer.transparent(raw)
                case .boundary: writer.boundary(raw)
                case .word: writer.word(raw)
                }
                index = markup.end
                atTokenStart = true
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                writer.lineBreak(bytes[index..<(index + 1)])
                index += 1
                atTokenStart = true
                continue
            }
            let (scalar, length) = TypographyScalars.scalar(in: bytes, at: index)
            if TypographyScalars.isHorizontalSpace(scalar) {
                writer.space(bytes[index..<(index + length)], scalar: scalar)
                index += length
                atTokenStart = true
                continue
            }
            if atTokenStart {
                atTokenStart = false
                protected = ProtectedToken.find(in: bytes, from: index, stopAtTag: mode == .html)
                if protected?.lowerBound == index { continue }
            }
            if plainBytes[Int(byte)] {
                // Ordinary characters (letters, digits, most punctuation) go out in one piece,
                // up to the next special byte or the start of a protected URL.
                var end = index + 1
                let limit = protected.map { min($0.lowerBound, bytes.count) } ?? bytes.count
                while end < limit, plainBytes[Int(bytes[end])] { end += 1 }
                writer.plain(bytes[index..<end])
                index = end
                continue
            }
            if byte == UInt8(ascii: "&"), let reference = HTMLEntity.scan(bytes, at: index) {
                let raw = bytes[index..<reference.end]
                index = reference.end
                atTokenStart = feedReference(raw, scalar: reference.scalar, mode: mode, bytes: bytes,
                                             next: index, into: &writer)
                continue
            }
            let next = index + length
            writer.character(scalar, raw: bytes[index..<next], next: next < bytes.count ? bytes[next] : nil)
            index = next
        }
        return String(decoding: writer.output, as: UTF8.self)
    }

    /// Bytes that never need the writer's attention one by one: everything but markup and
    /// reference starts, line breaks, spaces, `: ; ! ?`, and the lead bytes C2 and E2 of the
    /// special non-ASCII characters (no-break spaces, « » “ ” ¡ ¿). Continuation bytes of other
    /// characters (é = C3 A9) are plain, so runs never stop inside a character they started.
    private static let plainBytes: [Bool] = (0...255).map { byte in
        switch byte {
        case 0x3C, 0x26, 0x0A, 0x0D, 0x20, 0x09, 0x3A, 0x3B, 0x21, 0x3F, 0xC2, 0xE2: return false
        default: return true
        }
    }

    /// Feeds a character reference; returns whether a new token starts after it.
    private static func feedReference(
        _ raw: ArraySlice<UInt8>, scalar: UInt32?, mode: Mode, bytes: [UInt8], next: Int,
        into writer: inout TypographyWriter
    ) -> Bool {
        guard mode == .html, let scalar else {
            writer.word(raw)
            return false
        }
        if TypographyScalars.isHorizontalSpace(scalar) {
            writer.space(raw, scalar: scalar)
            return true
        }
        if scalar == 0x0A || scalar == 0x0D {
            writer.lineBreak(raw)
            return true
        }
        writer.character(scalar, raw: raw, next: next < bytes.count ? bytes[next] : nil)
        return false
    }
}
