import FrenchText

/// French typography for a site written in French; text left alone in any other language.
struct FrenchStyle: Sendable {
    /// True when the site's language is French.
    let isFrench: Bool

    /// Plain text (titles, descriptions) with French spacing, and the apostrophe of `l'été` as `’`
    /// (what cmark's smart punctuation does to the same words in Markdown).
    func text(_ value: String) -> String {
        guard isFrench else { return value }
        let typeset = FrenchTypography.text(value)
        // Only the apostrophes need characters (is the one before a letter?): every title of every list passes here.
        guard typeset.utf8.contains(UInt8(ascii: "'")) else { return typeset }
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
