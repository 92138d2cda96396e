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

    /// The files shown: text an editor writes (content, site.yml, templates, spreadsheets), never an image.
    static let textExtensions: Set<String> = ["md", "markdown", "yml", "yaml", "mustache", "html", "csv", "json", "txt"]

    /// The excerpt at `line` and `column` (1-based, in characters) of a file split into `lines`; nil past its end or
    /// for an empty line.
    public init?(line: Int, column: Int, of lines: [Substring]) {
        guard line >= 1, line <= lines.count else { return nil }
        var source = lines[line - 1]
        if source.hasSuffix("\r") { source = source.dropLast() }
        guard !source.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        // A long line is shown around its column, so that one diagnostic stays a few lines of the log.
        var before = source.prefix(max(0, column - 1))
        var shown = source
        if source.count > Self.widest {
            let start = source.index(source.startIndex, offsetBy: max(0, before.count - Self.widest / 2))
            let end = source.index(start, offsetBy: Self.widest, limitedBy: source.endIndex) ?? source.endIndex
            before = source[start..<before.endIndex]
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

    /// No file read yet.
    public init() {}

    /// The excerpt of the file at `path` (as the process sees it) for `location`; nil for a file that is not text or
    /// cannot be read.
    public mutating func excerpt(_ location: SourceLocation, inFileAt path: String) -> SourceExcerpt? {
        if lines[path] == nil { lines[path] = Self.read(path) }
        return SourceExcerpt(line: location.line, column: location.column, of: lines[path] ?? [])
    }

    private static func read(_ path: String) -> [Substring] {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."),
              SourceExcerpt.textExtensions.contains(name[name.index(after: dot)...].lowercased()),
              let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
