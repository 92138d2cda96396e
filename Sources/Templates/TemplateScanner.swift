/// A cursor over a template's Characters, reading as swift-mustache's parser reads (Characters, not bytes: `\r\n` is
/// one Character, and a combining mark joins the character before it).
struct TemplateScanner {
    let characters: [Character]
    /// The text, from which what is read is copied as bytes.
    private let text: String
    /// Where each Character starts in the text, as a UTF-8 offset, and the text's length last.
    private let offsets: [Int]
    private(set) var position = 0
    /// Characters looked at, for the tests that check parsing does linear work.
    private(set) var steps = 0

    init(_ text: String) {
        var characters: [Character] = []
        var offsets: [Int] = []
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            characters.append(text[index])
            offsets.append(offset)
            offset += text.utf8.distance(from: index, to: next)
            index = next
        }
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
        self.text = text
    }

    /// The text of the Characters at `range`. Copied from the text's bytes: a String built Character by Character
    /// cost most of a theme's parse.
    func string(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        let end = utf8.index(start, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])
        return String(text[start..<end])
    }

    var reachedEnd: Bool { position >= characters.count }

    /// The Character at the cursor, or `\0` at the end.
    var current: Character { position < characters.count ? characters[position] : "\0" }

    mutating func advance() {
        if position < characters.count { position += 1 }
        steps += 1
    }

    mutating func retreat() {
        if position > 0 { position -= 1 }
    }

    mutating func move(to position: Int) {
        self.position = min(max(position, 0), characters.count)
    }

    /// Reads the Characters that satisfy `accepts`.
    @discardableResult
    mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, accepts(characters[position]) {
            position += 1
            steps += 1
        }
        return string(start..<position)
    }

    /// Reads up to the first Character that satisfies `stops`; at the end of the text, everything read stays read
    /// when `throwsAtEnd` is false, or the cursor goes back and the read fails.
    mutating func read(until stops: (Character) -> Bool, throwsAtEnd: Bool) throws(TemplateSyntaxError) -> String {
        let start = position
        while position < characters.count {
            if stops(characters[position]) { return string(start..<position) }
            position += 1
            steps += 1
        }
        if throwsAtEnd {
            position = start
            throw .unfinishedName
        }
        return string(start..<position)
    }

    /// Reads `character` if it is next; fails when the text has ended.
    mutating func read(_ character: Character) throws(TemplateSyntaxError) -> Bool {
        guard position < characters.count else { throw .unfinishedName }
        guard characters[position] == character else { return false }
        advance()
        return true
    }

    /// Reads `string` if it comes next; fails when fewer Characters remain than `string` has.
    mutating func read(_ string: [Character]) throws(TemplateSyntaxError) -> Bool {
        guard !string.isEmpty else { return true }
        guard characters.count - position >= string.count else { throw .unfinishedName }
        for offset in string.indices where characters[position + offset] != string[offset] {
            return false
        }
        position += string.count
        steps += string.count
        return true
    }

    /// Reads up to and past `string`, matched as swift-mustache matches it (a failed partial match does not restart
    /// at its own second Character); fails, the cursor back where it was, when `string` never comes.
    mutating func skip(past string: [Character]) throws(TemplateSyntaxError) {
        guard !string.isEmpty else { return }
        let start = position
        var matched = 0
        while position < characters.count {
            if characters[position] == string[matched] {
                matched += 1
                if matched == string.count {
                    advance()
                    return
                }
            } else {
                matched = 0
            }
            advance()
        }
        position = start
        throw .unfinishedName
    }

    /// Whether the rest of the line is blank (spaces and tabs only, then a newline or the end); if so, the cursor
    /// moves past the newline. A blank rest without a newline at the very end is not a finished line.
    mutating func finishesLine() -> Bool {
        if reachedEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        steps += end - position + 1
        position = end + 1
        return true
    }

    /// The line and column of `position`, as swift-mustache's parser context gives them: the line counts the
    /// newline Characters before, put together in a String and counted again (so a lone `\r` and the next newline
    /// `\n` make one); the column counts the Characters since the last `\n` Character (not `\r\n`).
    func location(of position: Int) -> (line: Int, column: Int) {
        let end = min(position, characters.count)
        var line = 1
        var previous: Character = "\0"
        for character in characters[0..<end] where character.isNewline {
            if !(character == "\n" && previous == "\r") { line += 1 }
            previous = character
        }
        var start = end
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return (line, end - start + 1)
    }
}
