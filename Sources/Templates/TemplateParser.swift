/// Parses one template as swift-mustache 2.1.1 parses it (the same tokens, standalone lines, indentation, errors and
/// error positions), into flat operations.
struct TemplateParser {
    /// A parse failure: what, and the Character position swift-mustache's parser was at.
    struct Failure: Error {
        let error: TemplateSyntaxError
        let line: Int
        let column: Int
    }

    private var scanner: TemplateScanner
    private var operations: [Operation] = []
    private var frames: [ParserFrame] = [ParserFrame()]
    private var tagStarts: [(sigil: Character?, name: String, position: Int, sections: Int)] = []
    /// This template's index in the library, for its blocks' references.
    private let templateIndex: Int
    /// The index of the template of a name, for partials.
    private let resolve: (String) -> Int?

    /// Characters looked at, for the tests that check parsing does linear work.
    var steps: Int { scanner.steps }

    init(_ text: String, templateIndex: Int, resolve: @escaping (String) -> Int?) {
        scanner = TemplateScanner(text)
        self.templateIndex = templateIndex
        self.resolve = resolve
    }

    /// The template, or where and why it does not parse.
    mutating func parse() -> Result<CompiledTemplate, Failure> {
        do throws(TemplateSyntaxError) {
            try parseAll()
        } catch {
            let location = scanner.location(of: scanner.position)
            return .failure(Failure(error: error, line: location.line, column: location.column))
        }
        return .success(CompiledTemplate(operations: operations, tags: tagInfos()))
    }

    private var frame: ParserFrame {
        get { frames[frames.count - 1] }
        set { frames[frames.count - 1] = newValue }
    }

    private mutating func parseAll() throws(TemplateSyntaxError) {
        while !scanner.reachedEnd {
            if frame.newLine {
                let whiteSpace = scanner.read(while: { $0 == " " || $0 == "\t" })
                if frame.isPartialDefinition, !frame.isPartialDefinitionTopLevel {
                    if let indent = frame.partialDefinitionIndent {
                        frame.whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        frame.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    frame.whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline()
            if scanner.current.isNewline {
                append(.text(Array((frame.whiteSpaceBefore + text + String(scanner.current)).utf8)))
                frame.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                append(.text(Array((frame.whiteSpaceBefore + text).utf8)))
                frame.whiteSpaceBefore = ""
                frame.newLine = false
            }
            if scanner.reachedEnd { break }
            try parseTag(at: scanner.position - frame.startDelimiter.count)
        }
        guard frames.count == 1 else { throw .expectedSectionEnd }
    }

    /// Reads text up to the next opening delimiter (read too) or newline (not read).
    private mutating func readUntilDelimiterOrNewline() throws(TemplateSyntaxError) -> String {
        let delimiter = frame.startDelimiter
        guard let first = delimiter.first else { return "" }
        var text = ""
        while !scanner.reachedEnd {
            text += try scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first }, throwsAtEnd: false)
            if scanner.current.isNewline { break }
            if scanner.current == first {
                if try scanner.read(delimiter) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    // MARK: Tags

    private mutating func parseTag(at start: Int) throws(TemplateSyntaxError) {
        let sigil = scanner.current
        var standalone = false
        switch sigil {
        case "#", "^":
            scanner.advance()
            let (name, transforms, written) = try parseName()
            record(sigil, written, at: start)
            standalone = standaloneOrWriteWhiteSpace()
            let path = ValuePath(name: name, transforms: transforms)
            let opener = ParserFrame.Opener.section(path, operation: operations.count, inverted: sigil == "^")
            append(.section(path, end: 0))
            frames.append(ParserFrame(opener, in: frame, name: name, transforms: transforms, standalone: standalone))
            return
        case "/":
            scanner.advance()
            let position = scanner.position
            let (name, transforms, written) = try parseName()
            guard name == frame.sectionName, transforms == frame.sectionTransforms else {
                scanner.move(to: position)
                throw .sectionCloseNameIncorrect
            }
            record(sigil, written, at: start)
            _ = standaloneOrWriteWhiteSpace()
            try closeFrame()
            return
        case "!":
            scanner.advance()
            let contentStart = scanner.position
            try scanner.skip(past: frame.endDelimiter)
            record(sigil, written(from: contentStart), at: start)
            standalone = isStandalone()
        case "{", "&":
            writeWhiteSpace()
            scanner.advance()
            let (name, transforms, written) = try parseName()
            if sigil == "{" {
                guard try scanner.read("}") else { throw .unfinishedName }
            }
            record(sigil, written, at: start)
            append(.variable(ValuePath(name: name, transforms: transforms), escaped: false))
        case ">":
            try parsePartial(at: start)
            return
        case "<":
            try parseParent(at: start)
            return
        case "$":
            try parseBlock(at: start)
            return
        case "=":
            scanner.advance()
            let contentStart = scanner.position
            try parseSetDelimiter()
            record(sigil, written(from: contentStart), at: start)
            standalone = isStandalone()
        case "%":
            scanner.advance()
            let contentStart = scanner.position
            append(.contentType(try parseConfigVariable()))
            record(sigil, written(from: contentStart), at: start)
            standalone = isStandalone()
        default:
            writeWhiteSpace()
            let (name, transforms, written) = try parseName()
            record(nil, written, at: start)
            append(.variable(ValuePath(name: name, transforms: transforms), escaped: true))
        }
        frame.newLine = standalone
    }

    private mutating func parsePartial(at start: Int) throws(TemplateSyntaxError) {
        scanner.advance()
        scanner.read(while: \.isWhitespace)
        var dynamic = false
        if scanner.current == "*" {
            scanner.advance()
            dynamic = true
        }
        let name = try parsePartialName()
        record(">", (dynamic ? "*" : "") + name, at: start)
        let whiteSpace = frame.whiteSpaceBefore
        if !whiteSpace.isEmpty { append(.text(Array(whiteSpace.utf8))) }
        let standalone = isStandalone()
        let target = dynamic ? PartialTarget.dynamic(ValuePath(name: name, transforms: [])) : .fixed(resolve(name))
        append(.partial(target, indentation: standalone ? Array(whiteSpace.utf8) : nil, overrides: nil,
                        end: operations.count + 1))
        frame.whiteSpaceBefore = ""
        frame.newLine = standalone
    }

    private mutating func parseParent(at start: Int) throws(TemplateSyntaxError) {
        scanner.advance()
        scanner.read(while: \.isWhitespace)
        let sectionName = try parsePartialName()
        record("<", sectionName, at: start)
        let target: PartialTarget =
            sectionName.first == "*"
            ? .dynamic(ValuePath(name: String(sectionName.dropFirst()), transforms: []))
            : .fixed(resolve(sectionName))
        let whiteSpace = frame.whiteSpaceBefore
        if !whiteSpace.isEmpty { append(.text(Array(whiteSpace.utf8))) }
        let standalone = isStandalone()
        let opener = ParserFrame.Opener.parent(target, indentation: whiteSpace, operation: operations.count)
        append(.partial(target, indentation: nil, overrides: nil, end: 0))
        frames.append(ParserFrame(parent: opener, in: frame, name: sectionName, standalone: standalone))
    }

    private mutating func parseBlock(at start: Int) throws(TemplateSyntaxError) {
        scanner.advance()
        let (name, transforms, written) = try parseName()
        guard transforms.isEmpty else { throw .transformAppliedToInheritanceSection }
        record("$", written, at: start)
        if frame.isPartialDefinitionTopLevel {
            let standalone = isStandalone()
            let opener = ParserFrame.Opener.blockDefinition(name: name, operation: operations.count)
            append(.blockDefinition(end: 0))
            frames.append(ParserFrame(opener, in: frame, name: name, standalone: standalone))
        } else {
            let whiteSpace = frame.whiteSpaceBefore
            if !whiteSpace.isEmpty { append(.text(Array(whiteSpace.utf8))) }
            let standalone = isStandalone()
            let opener = ParserFrame.Opener.block(name: name, indentation: whiteSpace, operation: operations.count)
            append(.block(name: name, indentation: [], end: 0))
            frames.append(ParserFrame(opener, in: frame, name: name, standalone: standalone))
        }
    }

    /// Ends the content of the innermost frame, at its closing tag: its opening operation gets its end.
    private mutating func closeFrame() throws(TemplateSyntaxError) {
        guard frames.count > 1, let closed = frames.popLast() else { return }
        let end = operations.count
        switch closed.opener {
        case .root:
            return
        case .section(let path, let operation, let inverted):
            operations[operation] = inverted ? .invertedSection(path, end: end) : .section(path, end: end)
        case .parent(let target, let indentation, let operation):
            guard !closed.holdsIllegalToken else { throw .illegalTokenInsideInheritSection }
            let overrides = closed.definitions.mapValues { BlockReference(template: templateIndex, range: $0) }
            operations[operation] = .partial(target, indentation: Array(indentation.utf8), overrides: overrides,
                                             end: end)
            frame.whiteSpaceBefore = ""
        case .blockDefinition(let name, let operation):
            operations[operation] = .blockDefinition(end: end)
            frame.definitions[name] = (operation + 1)..<end
        case .block(let name, let indentation, let operation):
            operations[operation] = .block(name: name, indentation: Array(indentation.utf8), end: end)
            frame.whiteSpaceBefore = ""
        }
        frame.newLine = closed.openerStoodAlone
    }

    // MARK: Names and settings

    private static let nameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharactersWithBrackets = nameCharacters.union("()")
    private static let partialNameCharacters = nameCharactersWithBrackets.union("/")

    /// A tag's name up to the closing delimiter: the name, its transforms (outermost first) and the text as written.
    private mutating func parseName() throws(TemplateSyntaxError) -> (String, [String], String) {
        scanner.read(while: \.isWhitespace)
        let written = scanner.read(while: { Self.nameCharactersWithBrackets.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(frame.endDelimiter) else { throw .unfinishedName }
        let (name, transforms) = try Self.splitTransforms(written)
        return (name, transforms, written)
    }

    /// `a(b(name))` as `name` and `[a, b]`; a name without brackets as it is.
    private static func splitTransforms(_ written: String) throws(TemplateSyntaxError) -> (String, [String]) {
        // Written of name characters and brackets: without brackets, it is a plain name.
        guard written.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return (written, []) }
        var name = TemplateScanner(written)
        let first = name.read(while: { nameCharacters.contains($0) })
        if name.reachedEnd { return (written, []) }
        guard name.current == "(" else { throw .unfinishedName }
        name.advance()
        var transforms = [first]
        while true {
            let part = name.read(while: { nameCharacters.contains($0) })
            switch name.current {
            case ")":
                name.advance()
                let closing = name.read(while: { $0 == ")" }).count
                guard closing + 1 == transforms.count, name.reachedEnd else { throw .unfinishedName }
                return (part, transforms)
            case "(":
                name.advance()
                transforms.append(part)
            default:
                throw .unfinishedName
            }
        }
    }

    private mutating func parsePartialName() throws(TemplateSyntaxError) -> String {
        scanner.read(while: \.isWhitespace)
        let name = scanner.read(while: { Self.partialNameCharacters.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(frame.endDelimiter) else { throw .unfinishedName }
        return name
    }

    /// `{{=start end=}}`: the frame's delimiters change, and `$` tags stop defining blocks of a parent.
    private mutating func parseSetDelimiter() throws(TemplateSyntaxError) {
        let start: String
        let end: String
        do throws(TemplateSyntaxError) {
            scanner.read(while: \.isWhitespace)
            start = try scanner.read(until: \.isWhitespace, throwsAtEnd: true)
            scanner.read(while: \.isWhitespace)
            end = try scanner.read(until: { $0 == "=" || $0.isWhitespace }, throwsAtEnd: true)
            scanner.read(while: \.isWhitespace)
        } catch {
            throw .invalidSetDelimiter
        }
        guard try scanner.read("=") else { throw .invalidSetDelimiter }
        guard try scanner.read(frame.endDelimiter) else { throw .invalidSetDelimiter }
        guard !start.isEmpty, !end.isEmpty else { throw .invalidSetDelimiter }
        frame.startDelimiter = Array(start)
        frame.endDelimiter = Array(end)
        frame.isPartialDefinitionTopLevel = false
    }

    /// `{{% CONTENT_TYPE: TEXT }}` or `HTML`; swift-mustache knows no other setting.
    private mutating func parseConfigVariable() throws(TemplateSyntaxError) -> Escaping {
        let variable: String
        let value: String
        do throws(TemplateSyntaxError) {
            scanner.read(while: \.isWhitespace)
            variable = scanner.read(while: { Self.nameCharacters.contains($0) })
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(":") else { throw .invalidConfigVariableSyntax }
            scanner.read(while: \.isWhitespace)
            value = scanner.read(while: { Self.nameCharacters.contains($0) })
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(frame.endDelimiter) else { throw .invalidConfigVariableSyntax }
        } catch {
            throw .invalidConfigVariableSyntax
        }
        guard !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        guard variable == "CONTENT_TYPE" else { throw .unrecognisedConfigVariable }
        switch value {
        case "HTML": return .html
        case "TEXT": return .text
        default: throw .unrecognisedConfigVariable
        }
    }

    // MARK: Output

    /// Adds an operation to the innermost frame's content; a parent's content may hold only text and blocks.
    private mutating func append(_ operation: Operation) {
        if case .parent = frame.opener {
            switch operation {
            case .text, .blockDefinition: break
            default: frame.holdsIllegalToken = true
            }
        }
        operations.append(operation)
    }

    private mutating func writeWhiteSpace() {
        guard !frame.whiteSpaceBefore.isEmpty else { return }
        append(.text(Array(frame.whiteSpaceBefore.utf8)))
        frame.whiteSpaceBefore = ""
    }

    private mutating func isStandalone() -> Bool {
        frame.newLine && scanner.finishesLine()
    }

    /// Whether the tag just read stands alone on its line; if not, the spaces before it are written.
    private mutating func standaloneOrWriteWhiteSpace() -> Bool {
        if isStandalone() { return true }
        writeWhiteSpace()
        return false
    }

    private func written(from start: Int) -> String {
        let end = max(start, scanner.position - frame.endDelimiter.count)
        return scanner.string(start..<end).trimmingWhiteSpace
    }

    private mutating func record(_ sigil: Character?, _ name: String, at position: Int) {
        tagStarts.append((sigil, name.trimmingWhiteSpace, position, frame.sections))
    }

    /// The tags with their lines and columns, counted in one pass.
    private func tagInfos() -> [TemplateTagInfo] {
        var infos: [TemplateTagInfo] = []
        infos.reserveCapacity(tagStarts.count)
        var line = 1
        var lineStart = 0
        var position = 0
        let characters = scanner.characters
        for tag in tagStarts {
            while position < tag.position, position < characters.count {
                if characters[position].isNewline {
                    line += 1
                    lineStart = position + 1
                }
                position += 1
            }
            infos.append(TemplateTagInfo(sigil: tag.sigil, name: tag.name, line: line,
                                         column: tag.position - lineStart + 1, sections: tag.sections))
        }
        return infos
    }
}

extension String {
    /// Without the white space at either end.
    fileprivate var trimmingWhiteSpace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
