/// One tag of a template as written, for checks made elsewhere (unknown partials, missing strings).
public struct TemplateTagInfo: Sendable, Equatable {
    /// The character that says what the tag does (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `=`, `%`, `{`, `&`), nil for a
    /// plain variable.
    public let sigil: Character?
    /// The name as written, spaces trimmed: `page.title`, `lowercased(name)`, `partials/footer`, `*dynamic`; for
    /// comments, delimiter changes and settings, what stands between the sigil and the closing delimiter.
    public let name: String
    /// Where the tag's opening delimiter is: line and column from 1 (columns in Characters).
    public let line: Int
    public let column: Int
    /// How many enclosing `#` sections (not `^`, `$` or `<`) this tag stands in; a closing tag counts its own.
    public let sections: Int

    /// A tag described by its parts.
    public init(sigil: Character?, name: String, line: Int, column: Int, sections: Int) {
        self.sigil = sigil
        self.name = name
        self.line = line
        self.column = column
        self.sections = sections
    }
}
