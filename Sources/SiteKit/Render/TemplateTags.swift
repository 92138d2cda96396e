/// The tags of a Mustache template, with where each starts, for checks swift-mustache does not make.
struct TemplateTag {
    /// The character after `{{` that says what the tag does (`#`, `^`, `/`, `>`, `<`, `{`, `&`…), nil for a variable.
    let sigil: Character?
    /// The name, spaces trimmed (`t.skip_link`, `partials/footer`).
    let name: String
    /// Where the tag's `{{` is: line and column, from 1.
    let line: Int
    let column: Int

    private static let sigils: Set<Character> = ["#", "^", "/", ">", "<", "$", "!", "=", "%", "{", "&"]

    /// Every `{{…}}` tag of `text`, in order; the default delimiters only.
    static func all(in text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        // The end of the last tag found: `{{{name}}}` holds a second `{{` that starts no tag.
        var tagEnd = text.startIndex
        while index < text.endIndex {
            if index >= tagEnd, text[index...].hasPrefix("{{") {
                var nameStart = text.index(index, offsetBy: 2)
                let sigil = nameStart < text.endIndex && sigils.contains(text[nameStart]) ? text[nameStart] : nil
                if sigil != nil { nameStart = text.index(after: nameStart) }
                if let close = text[nameStart...].range(of: "}}") {
                    let name = text[nameStart..<close.lowerBound].trimmingSpaces
                    tags.append(TemplateTag(sigil: sigil, name: name, line: line, column: column))
                    tagEnd = close.upperBound
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return tags
    }
}

extension TemplateTag {
    /// Each of `tags` with the number of `{{#…}}` sections it stands in: those that may render their content with
    /// another context on top (inverted sections, blocks and parents keep the context they are in).
    static func withSections(_ tags: [TemplateTag]) -> [(tag: TemplateTag, sections: Int)] {
        var open: [Character?] = []
        return tags.map { tag in
            let sections = open.count { $0 == "#" }
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(tag.sigil)
            case "/": _ = open.popLast()
            default: break
            }
            return (tag, sections)
        }
    }
}
