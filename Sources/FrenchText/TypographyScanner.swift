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
