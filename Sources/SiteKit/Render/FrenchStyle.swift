import FrenchText

/// French typography for a site written in French; text left alone in any other language.
struct FrenchStyle: Sendable {
    /// True when the site's language is French.
    let isFrench: Bool

    /// Plain text (titles, descriptions) with French spacing, and the apostrophe of `l'été` as `’`
    /// (what cmark's smart punctuation does to the same words in Markdown).
    func text(_ value: String) -> String {
        guard isFrench else { return value }
        var typeset = FrenchTypography.text(value)
        // Only the apostrophes need characters (is the one before a letter?): every title of every list passes here.
        return typeset.withUTF8 { Self.apostrophesByBytes($0) } ?? apostrophesByCharacters(typeset)
    }

    /// The text with `'` after a letter as `’`, found in its bytes; nil when a quote stands next to a scalar from
    /// U+0300 on (combining marks, joiners, emoji: where a Character may hold more than one scalar), which the walk
    /// over Characters decides. Below U+0300 a scalar is a Character of its own, and it is a letter when its
    /// general category is one (`Character.isLetter` reads the same property).
    private static func apostrophesByBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = utf8.firstIndex(of: UInt8(ascii: "'")) else { return String(decoding: utf8, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 8)
        var copied = 0
        var index = first
        while index < utf8.count {
            guard utf8[index] == UInt8(ascii: "'") else {
                index += 1
                continue
            }
            let before = scalar(endingAt: index, in: utf8)
            let beforeThat = before.map { scalar(endingAt: index - $0.length, in: utf8) } ?? nil
            let after = index + 1 < utf8.count ? scalar(startingAt: index + 1, in: utf8) : nil
            for neighbour in [before?.value, beforeThat?.value, after] where (neighbour?.value ?? 0) >= 0x300 { return nil }
            guard let before, before.value.properties.isLetterCategory else {
                index += 1
                continue
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
            result.append(contentsOf: "’".utf8)
            index += 1
            copied = index
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        return String(decoding: result, as: UTF8.self)
    }

    /// The scalar whose last byte is just before `end`, and its length; nil at the start.
    private static func scalar(endingAt end: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (value: Unicode.Scalar, length: Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        var iterator = UnsafeBufferPointer(rebasing: utf8[start..<end]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let value) = decoder.decode(&iterator) else { return nil }
        return (value, end - start)
    }

    private static func scalar(startingAt start: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: utf8[start...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let value) = decoder.decode(&iterator) else { return nil }
        return value
    }

    private func apostrophesByCharacters(_ typeset: String) -> String {
        var result = ""
        var copied = typeset.startIndex
        var searched = typeset.startIndex
        while let quote = typeset[searched...].firstIndex(of: "'") {
            let afterLetter = typeset[..<quote].last?.isLetter == true
            result += typeset[copied..<quote]
            result += afterLetter ? "’" : "'"
            copied = typeset.index(after: quote)
            searched = copied
        }
        result += typeset[copied...]
        return result
    }

    /// An HTML fragment with French spacing in its text.
    func html(_ value: String) -> String {
        isFrench ? FrenchTypography.html(value) : value
    }

    /// « mardi 14 octobre 2025 ».
    func longDate(_ value: LocalDateTime) -> String {
        FrenchDate.long(value.date)
    }
}

private extension Unicode.Scalar.Properties {
    /// Lu, Ll, Lt, Lm or Lo: what `Character.isLetter` asks of a one-scalar Character.
    var isLetterCategory: Bool {
        switch generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
