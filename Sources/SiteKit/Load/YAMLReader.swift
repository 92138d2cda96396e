import Yams

/// Reads YAML with Yams into `YAMLNode`s that keep positions, under bounds that defeat hostile documents.
public struct YAMLReader: Sendable {
    /// How many nodes a document may expand to once aliases are followed (an alias bomb expands to billions).
    public var nodeBudget = 50_000
    /// How deeply `[` and `{` may nest (Yams composes recursively).
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
        let root: Node?
        do {
            // Scalars are read as text with their quoting (no tag rules, so no regular expressions); UTF-8 whatever the
            // environment says (Yams reads YAMS_DEFAULT_ENCODING otherwise, at every document).
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (message, line, column) = Self.describe(error, in: yaml, firstLine: firstLine)
            log.error(message, at: origin.moved(line: firstLine + line - 1, column: column))
            return nil
        } catch {
            log.error(.yamlMalformed(nil), at: origin)
            return nil
        }
        guard let root else { return YAMLNode(.mapping([]), at: origin) }
        var converter = NodeConverter(file: file, lineOffset: firstLine - 1, budget: nodeBudget)
        guard let node = converter.convert(root) else {
            log.error(.yamlTooLarge(nodeBudget), at: origin)
            return nil
        }
        return node
    }

    private static func describe(_ error: YamlError, in yaml: String, firstLine: Int) -> (Message, Int, Int) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            // A tab is the likeliest cause wherever YAML stumbles on one: it indents with spaces only.
            if let tab = firstIndentingTab(in: yaml, upTo: mark.line) {
                return (.yamlTab(), tab.line, tab.column)
            }
            return (message(for: problem), mark.line, mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mark = context.mark
            let again = duplicates.first.flatMap { lineOfKey($0, writtenAgainAfter: mark.line, column: mark.column, in: yaml) }
            let lines = again.map { (mark.line + firstLine - 1, $0 + firstLine - 1) }
            return (.yamlDuplicateKey(duplicates.map { "\($0)" }, lines: lines), mark.line, mark.column)
        case .reader(let problem, _, _, _):
            return (.yamlUnreadable(problem), 1, 1)
        default:
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
        for index in line..<lines.count {
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

    private static func firstPlaceNestedDeeperThan(_ limit: Int, in yaml: String) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1
        var column = 0
        for scalar in yaml.unicodeScalars {
            column += 1
            switch scalar {
            case "\n":
                line += 1
                column = 0
            case "[", "{":
                depth += 1
                if depth > limit { return (line, column) }
            case "]", "}":
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }
}

/// Turns a Yams node tree into `YAMLNode`s, counting every node reached so shared aliases cannot explode.
private struct NodeConverter {
    let file: String
    let lineOffset: Int
    var budget: Int

    init(file: String, lineOffset: Int, budget: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.budget = budget
    }

    mutating func convert(_ node: Node) -> YAMLNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let location = self.location(of: node.mark)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(.scalar(scalar.string, isQuoted: scalar.style != .plain), at: location)
        case .alias:
            return YAMLNode(.scalar("", isQuoted: false), at: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item) else { return nil }
                items.append(converted)
            }
            return YAMLNode(.sequence(items), at: location)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard let convertedValue = convert(value) else { return nil }
                budget -= 1
                let keyText = key.scalar?.string ?? ""
                entries.append(YAMLEntry(key: keyText, keyLocation: self.location(of: key.mark), value: convertedValue))
            }
            return YAMLNode(.mapping(entries), at: location)
        }
    }

    private func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }
}
