/// The byte-level pieces of reading HTML tags: names, quoted values, character references.
enum HTMLScanner {
    /// An ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// A byte of a tag name: letters, digits, `-`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// HTML's white space between attributes.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// ASCII upper-case letters lowered; any other byte unchanged.
    static func foldCase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// A tag or attribute name, lower-cased.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(foldCase), as: UTF8.self)
    }

    /// The value starting at `start` (double-quoted, single-quoted or bare) and the index after it.
    static func attributeValue(_ bytes: [UInt8], at start: Int) -> (value: ArraySlice<UInt8>, end: Int) {
        guard start < bytes.count else { return (bytes[bytes.count...], bytes.count) }
        let quote = bytes[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let close = bytes[(start + 1)...].firstIndex(of: quote) ?? bytes.count
            return (bytes[(start + 1)..<close], min(close + 1, bytes.count))
        }
        var end = start
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
        return (bytes[start..<end], end)
    }

    /// The text of an attribute value, its character references (`&amp;`, `&#39;`, `&#x27;`) decoded.
    static func decodeReferences(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let text = String(decoding: bytes, as: UTF8.self)
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
                  let decoded = character(named: rest[afterAmpersand..<semicolon]) else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            result.unicodeScalars.append(decoded)
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(named name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let isHex = digits.first == "x" || digits.first == "X"
            return UInt32(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10).flatMap(Unicode.Scalar.init)
        }
    }
}
