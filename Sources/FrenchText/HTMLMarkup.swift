/// Recognises the markup of an HTML fragment (tags, comments, declarations, and the elements
/// whose content is not prose), which the typography pass copies verbatim.
enum HTMLMarkup {
    /// How a piece of markup affects the spacing context around it.
    enum Effect: Equatable {
        /// Inline tags and comments: the text on both sides is the same sentence
        /// (`<strong>Attention</strong> :`).
        case transparent
        /// Block tags (`<p>`, `<li>`, `<br>`, `<pre>…</pre>`…): what follows starts afresh,
        /// with no word before it.
        case boundary
        /// An inline element copied whole (`<code>…</code>`): counts as a word in the sentence.
        case word
    }

    /// Inline elements, whose tags do not interrupt the sentence. Searched linearly: for two
    /// dozen integers that beats hashing.
    private static let inlineNames: [ShortName] = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "img", "ins",
        "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// Elements whose content must never be touched, and how they sit in the text.
    private static let verbatimNames: [(name: ShortName, effect: Effect)] = [
        ("code", .word), ("kbd", .word), ("samp", .word),
        ("pre", .boundary), ("script", .boundary), ("style", .boundary), ("textarea", .boundary),
    ]

    /// If markup starts at `start` (a `<` followed by a tag name, `/`, `!` or `?`), returns the
    /// index just after it (after the closing tag for verbatim elements) and its effect.
    /// A `<` starting nothing of the kind is text, and nil is returned.
    static func scan(_ bytes: [UInt8], at start: Int) -> (end: Int, effect: Effect)? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "<") else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "!"):
            if startsWith(bytes, at: start, "<!--") {
                return (endOfComment(bytes, from: start + 4), .transparent)
            }
            return (tagEnd(bytes, from: start + 2), .boundary)
        case UInt8(ascii: "?"):
            return (tagEnd(bytes, from: start + 2), .boundary)
        default:
            break
        }
        let isClosing = bytes[start + 1] == UInt8(ascii: "/")
        let nameStart = start + (isClosing ? 2 : 1)
        guard nameStart < bytes.count, HTMLEntity.isLetter(bytes[nameStart]) else { return nil }
        var nameEnd = nameStart
        while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let end = tagEnd(bytes, from: nameEnd)
        let name = ShortName(bytes[nameStart..<nameEnd], lowercasing: true)
        let verbatim = name.flatMap { name in verbatimNames.first { $0.name == name }?.effect }
        let isInline = name.map { inlineNames.contains($0) } ?? false
        if isClosing {
            return (end, isInline || verbatim == .word ? .transparent : .boundary)
        }
        if let verbatim {
            let isSelfClosing = end >= 2 && bytes[end - 1] == UInt8(ascii: ">") && bytes[end - 2] == UInt8(ascii: "/")
            let elementEnd = isSelfClosing ? end : endOfElement(bytes, name: bytes[nameStart..<nameEnd], from: end)
            return (elementEnd, verbatim)
        }
        return (end, isInline ? .transparent : .boundary)
    }

    /// The index after the `>` closing a tag, skipping quoted attribute values; the end of the
    /// input if there is none.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The index after `-->`, or the end of the input.
    private static func endOfComment(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
               bytes[index + 2] == UInt8(ascii: ">") {
                return index + 3
            }
            index += 1
        }
        return bytes.count
    }

    /// The index after the closing tag `</name …>` (case-insensitive), or the end of the input.
    private static func endOfElement(_ bytes: [UInt8], name: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
               startsWithName(bytes, at: index + 2, name) {
                let after = index + 2 + name.count
                if after >= bytes.count || !isNameByte(bytes[after]) { return tagEnd(bytes, from: after) }
            }
            index += 1
        }
        return bytes.count
    }

    private static func startsWithName(_ bytes: [UInt8], at index: Int, _ name: ArraySlice<UInt8>) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        var offset = 0
        for expected in name {
            guard bytes[index + offset] | 0x20 == expected | 0x20 else { return false }
            offset += 1
        }
        return true
    }

    private static func startsWith(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { expected in
            index + expected.count <= bytes.count
                && zip(bytes[index...], expected).allSatisfy { $0 == $1 }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        HTMLEntity.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
    }
}
