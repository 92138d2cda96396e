import Glibc

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

    /// White space, `=`, `>` or `/`: the end of an attribute's name.
    static func endsAttributeName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// ASCII upper-case letters lowered; any other byte unchanged.
    static func foldCase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// True when `bytes[range]` is `word` (lower-case ASCII), upper-case letters matching too.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let pattern = word.utf8Start
        for offset in 0..<range.count where foldCase(bytes[range.lowerBound + offset]) != pattern[offset] { return false }
        return true
    }

    /// True when `text` (ASCII) starts at `index`, letters in any case.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        return matches(bytes, index..<(index + count), text)
    }

    /// The index where `text` (ASCII, its first byte not a letter) next starts, letters in any case; nil when it does
    /// not occur. Candidates are found by `memchr` on the first byte: scripts and styles are skipped at memory speed.
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString, from start: Int) -> Int? {
        let first = text.utf8Start.pointee
        var index = start
        while let candidate = next(first, in: bytes, from: index) {
            if matches(bytes, at: candidate, text) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The index of the next `byte` from `start`, found by `memchr`; nil when there is none.
    static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start >= 0, start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The value starting at `start` (double-quoted, single-quoted or bare) and the index after it.
    static func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (value: Range<Int>, end: Int) {
        guard start < bytes.count else { return (bytes.count..<bytes.count, bytes.count) }
        let quote = bytes[start]
        var end = start
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            end += 1
            while end < bytes.count, bytes[end] != quote { end += 1 }
            return ((start + 1)..<end, min(end + 1, bytes.count))
        }
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
        return (start..<end, end)
    }

    /// The text of an attribute value, its character references (`&amp;`, `&#39;`, `&#x27;`) decoded.
    ///
    /// Bytes, not Characters: a browser decodes `&amp;` even when a combining mark follows its `;`.
    static func decodeReferences(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let value = UnsafeBufferPointer(rebasing: bytes[range])
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            let byte = value[index]
            index += 1
            guard byte == UInt8(ascii: "&") else {
                result.append(byte)
                continue
            }
            let nameEnd = value[index..<min(index + 12, value.count)].firstIndex(of: UInt8(ascii: ";"))
            guard let nameEnd,
                  let decoded = character(named: Substring(decoding: UnsafeBufferPointer(rebasing: value[index..<nameEnd]), as: UTF8.self))
            else {
                result.append(byte)
                continue
            }
            result.append(contentsOf: String(decoded).utf8)
            index = nameEnd + 1
        }
        return String(decoding: result, as: UTF8.self)
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
