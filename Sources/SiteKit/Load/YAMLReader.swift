/// Reads YAML with libyaml into `YAMLNode`s that keep positions, under bounds that defeat hostile documents.
public struct YAMLReader: Sendable {
    /// How many nodes a document may expand to once aliases are followed (an alias bomb expands to billions).
    public var nodeBudget = 50_000
    /// How deeply `[` and `{` may nest (whatever reads the nodes recurses).
    public var maximumNesting = 64

    /// A reader with the default bounds.
    public init() {}

    /// Parses `yaml`, whose first line stands on line `firstLine` of `file`; nil when it is not usable.
    public func read(_ yaml: String, file: String, firstLine: Int, log: inout DiagnosticLog) -> YAMLNode? {
        let origin = SourceLocation(file: file, line: firstLine)
        if let tooDeep = Self.firstPlaceNestedDeeperThan(maximumNesting, in: yaml) {
            log.error(.yamlTooDeep(maximumNesting), at: origin.moved(line: firstLine + tooDeep.line - 1, column: tooDeep.column))
            return nil
        }
        // Scalars are read as text with their quoting: no tag rules guess numbers or dates.
        var composer = YAMLComposer(file: file, lineOffset: firstLine - 1, budget: nodeBudget)
        let root: YAMLNode?
        switch YAMLEventReader.read(yaml, into: &composer) {
        case .success(let node):
            root = node
        case .failure(let problem):
            let (message, line, column) = Self.describe(problem, in: yaml, firstLine: firstLine)
            log.error(message, at: origin.moved(line: firstLine + line - 1, column: column))
            return nil
        }
        guard !composer.isOverBudget else {
            log.error(.yamlTooLarge(nodeBudget), at: origin)
            return nil
        }
        return root ?? YAMLNode(.mapping([]), at: origin)
    }

    private static func describe(_ problem: YAMLProblem, in yaml: String, firstLine: Int) -> (Message, Int, Int) {
        switch problem {
        case .syntax(let problem, let line, let column):
            // A tab is the likeliest cause wherever YAML stumbles on one: it indents with spaces only.
            if let tab = firstIndentingTab(in: yaml, upTo: line) {
                return (.yamlTab(), tab.line, tab.column)
            }
            return (message(for: problem), line, column)
        case .duplicateKeys(let duplicates, let line, let column):
            let again = duplicates.first.flatMap { lineOfKey($0, writtenAgainAfter: line, column: column, in: yaml) }
            let lines = again.map { (line + firstLine - 1, $0 + firstLine - 1) }
            return (.yamlDuplicateKey(duplicates, lines: lines), line, column)
        case .unreadable(let problem):
            return (.yamlUnreadable(problem), 1, 1)
        case .outOfMemory:
            return (.yamlMalformed(nil), 1, 1)
        }
    }

    private static func message(for problem: String) -> Message {
        if problem.contains("mapping values are not allowed") {
            return .yamlColonInValue(problem)
        }
        if problem.contains("found character that cannot start any token") {
            return .yamlReservedStart(problem)
        }
        return .yamlMalformed(problem)
    }

    /// The line after `line` where `key` is written again at `column` (`status:` below `status:`), if it is found so.
    private static func lineOfKey(_ key: String, writtenAgainAfter line: Int, column: Int, in yaml: String) -> Int? {
        let indent = String(repeating: " ", count: max(0, column - 1))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // libyaml also ends lines at U+2028 and U+0085, which this split does not: its line may be past the last.
        for index in min(line, lines.count)..<lines.count {
            let text = lines[index]
            guard text.hasPrefix(indent + key) else { continue }
            let after = text.dropFirst(indent.count + key.count).drop { $0 == " " }
            if after.first == ":" { return index + 1 }
        }
        return nil
    }

    /// The first tab among the blanks that start a line, up to line `last`: YAML indents with spaces only.
    private static func firstIndentingTab(in yaml: String, upTo last: Int) -> (line: Int, column: Int)? {
        for (index, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).prefix(last).enumerated() {
            let blanks = text.prefix { $0 == " " || $0 == "\t" }
            if let tab = blanks.firstIndex(of: "\t") {
                return (index + 1, blanks.distance(from: blanks.startIndex, to: tab) + 1)
            }
        }
        return nil
    }

    /// Where `[` and `{` first nest deeper than `limit` (quoted or not: the test is on the text, before parsing),
    /// counted on the UTF-8 bytes with a column per character.
    private static func firstPlaceNestedDeeperThan(_ limit: Int, in yaml: String) -> (line: Int, column: Int)? {
        var text = yaml
        return text.withUTF8 { bytes in
            var depth = 0
            var line = 1
            var column = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 { column += 1 }
                switch byte {
                case UInt8(ascii: "\n"):
                    line += 1
                    column = 0
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return (line, column) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                default:
                    break
                }
            }
            return nil
        }
    }
}
