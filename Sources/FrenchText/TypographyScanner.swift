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

    /// Typesets `input`. `joiningWords: false` hands each word and space to the writer apart, as the scanner did
    /// before its plain runs took in the spaces between words: the reference its differential test compares with.
    static func run(_ input: String, mode: Mode, joiningWords: Bool = true) -> String {
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
            if isPlain(byte) {
                // Ordinary characters (letters, digits, most punctuation) go out in one piece,
                // up to the next special byte or the start of a protected URL.
                let limit = protected.map { min($0.lowerBound, bytes.count) } ?? (joiningWords ? nil : bytes.count)
                let end = plainRun(in: bytes, from: index + 1, limit: limit, stopAtTag: mode == .html)
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

    /// Where the plain run that goes on at `start` ends: at a special byte, at `limit` (a protected URL's start),
    /// or before a space that the run cannot take in. A single space between two plain words is taken in when the
    /// word after it is no URL: the writer would only copy both words and the space, and forget the space once the
    /// second word came, so the run gives the same bytes and the same state in one piece.
    private static func plainRun(in bytes: [UInt8], from start: Int, limit: Int?, stopAtTag: Bool) -> Int {
        var end = start
        let runLimit = limit ?? bytes.count
        while end < runLimit {
            let byte = bytes[end]
            if isPlain(byte) {
                end += 1
                continue
            }
            guard limit == nil, byte == UInt8(ascii: " "), end + 1 < bytes.count, isPlain(bytes[end + 1]),
                  ProtectedToken.find(in: bytes, from: end + 1, stopAtTag: stopAtTag) == nil
            else { return end }
            end += 2
        }
        return end
    }

    /// Whether `byte` never needs the writer's attention one by one: everything but markup and reference starts,
    /// line breaks, spaces, `: ; ! ?`, and the lead bytes C2 and E2 of the special non-ASCII characters (no-break
    /// spaces, « » “ ” ¡ ¿). Continuation bytes of other characters (é = C3 A9) are plain, so runs never stop
    /// inside a character they started. The special ASCII bytes, all below 64, are the bits of one mask.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        if byte >= 64 { return byte != 0xC2 && byte != 0xE2 }
        // < & \n \r space \t : ; ! ?
        let special: UInt64 = 1 << 0x3C | 1 << 0x26 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x09 | 1 << 0x3A
            | 1 << 0x3B | 1 << 0x21 | 1 << 0x3F
        return special & (1 << UInt64(byte)) == 0
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
