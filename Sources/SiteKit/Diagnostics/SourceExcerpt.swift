import Foundation

/// The line of a file a diagnostic points at, with a caret under its column, as compilers show it:
///
///     3 | date: 24/06/2025
///       |       ^
public struct SourceExcerpt: Sendable, Equatable {
    /// The line's number.
    public let line: Int
    /// The line as written, control characters written out (`VisibleText`).
    public let text: String
    /// What stands before the caret: a space for each character before the column, a tab for a tab.
    public let indent: String

    /// The most characters of a line shown.
    static let widest = 120

    /// The excerpt at `column` (1-based, in characters) of `source`, line `line` without its `\r`; nil for a line of
    /// spaces. `characters`, the index of each of its characters, is given for a long line, so that many diagnostics on
    /// one line cost the width of the excerpt each, not the line's length. Made by `SourceFiles`, which reads the line.
    fileprivate init?(line: Int, column: Int, source: Substring, characters: [Substring.Index]?) {
        guard source.unicodeScalars.contains(where: { !CharacterSet.whitespaces.contains($0) }) else { return nil }
        let offset = max(0, column - 1)
        var before = source.prefix(offset)
        var shown = source
        // A long line is shown around its column, so that one diagnostic stays a few lines of the log.
        if let characters, characters.count > Self.widest {
            let columnOffset = min(offset, characters.count)
            let startOffset = max(0, columnOffset - Self.widest / 2)
            let start = characters[startOffset]
            let end = startOffset + Self.widest < characters.count ? characters[startOffset + Self.widest] : source.endIndex
            before = source[start..<(columnOffset < characters.count ? characters[columnOffset] : source.endIndex)]
            shown = source[start..<end]
        }
        self.line = line
        self.text = VisibleText.of(String(shown))
        self.indent = String(before.map { $0 == "\t" ? "\t" : " " })
    }

    /// The two lines printed under the diagnostic: the source line after its number, then the caret.
    public var lines: [String] {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        return ["  \(number) | \(text)", "  \(gutter) | \(indent)^"]
    }
}

/// The lines of the files diagnostics point at, each file read and split once however many diagnostics it has.
public struct SourceFiles: Sendable {
    private var lines: [String: [Substring]] = [:]
    /// The index of each character of the long lines shown so far, computed once a line.
    private var longLines: [LineKey: [Substring.Index]] = [:]

    /// No file read yet.
    public init() {}

    /// The excerpt of the file at `path` (as the process sees it) for `location`; nil for a file that is not text or
    /// cannot be read.
    public mutating func excerpt(_ location: SourceLocation, inFileAt path: String) -> SourceExcerpt? {
        if lines[path] == nil { lines[path] = Self.read(path) }
        let fileLines = lines[path] ?? []
        guard location.line >= 1, location.line <= fileLines.count else { return nil }
        let line = fileLines[location.line - 1]
        let source = line.hasSuffix("\r") ? line.dropLast() : line
        var characters: [Substring.Index]?
        if source.utf8.count > SourceExcerpt.widest {
            let key = LineKey(path: path, line: location.line)
            characters = longLines[key] ?? Array(source.indices)
            longLines[key] = characters
        }
        return SourceExcerpt(line: location.line, column: location.column, source: source, characters: characters)
    }

    /// A line of a file.
    private struct LineKey: Hashable, Sendable {
        let path: String
        let line: Int
    }

    /// The files shown: text an editor writes (content, site.yml, templates, spreadsheets), never an image.
    private static let textExtensions: Set<String> = ["md", "markdown", "yml", "yaml", "mustache", "html", "csv", "json", "txt"]

    private static func read(_ path: String) -> [Substring] {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."),
              textExtensions.contains(name[name.index(after: dot)...].lowercased()),
              let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
