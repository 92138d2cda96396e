import FrenchText

/// French typography for a site written in French; text left alone in any other language.
struct FrenchStyle: Sendable {
    /// True when the site's language is French.
    let isFrench: Bool

    /// Plain text (titles, descriptions) with French spacing, and the apostrophe of `l'été` as `’`
    /// (what cmark's smart punctuation does to the same words in Markdown).
    func text(_ value: String) -> String {
        guard isFrench else { return value }
        var result = ""
        var previous: Character?
        for character in FrenchTypography.text(value) {
            result.append(character == "'" && previous?.isLetter == true ? "’" : character)
            previous = character
        }
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
