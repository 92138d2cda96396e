/// A content file cut into its YAML front matter and its Markdown body.
public struct SplitContent: Sendable {
    /// The YAML between the two `---` lines.
    public let frontMatter: String
    /// The line of the file on which the front matter's first line stands.
    public let frontMatterFirstLine: Int
    /// The Markdown after the closing `---`.
    public let body: String
    /// The line of the file on which the body's first line stands.
    public let bodyFirstLine: Int
}

/// Finds the front matter of a content file: a first line `---`, then YAML, then a line `---`.
public enum FrontMatterSplitter {
    /// The largest front matter read; real ones are a few hundred bytes, and YAML parsing grows with size.
    public static let maximumFrontMatterSize = 256 * 1024

    /// Splits `text`, or records what is wrong with its front matter and returns nil.
    public static func split(_ text: String, file: String, log: inout DiagnosticLog) -> SplitContent? {
        // Only the lines up to the closing fence are looked at; the body is taken whole.
        let bytes = text.utf8
        let firstEnd = endOfLine(in: bytes, from: bytes.startIndex) ?? bytes.endIndex
        guard isFence(bytes[bytes.startIndex..<firstEnd]) else {
            log.error(.frontMatterMissing(),
                      at: SourceLocation(file: file))
            return nil
        }
        var lineNumber = 1
        let frontMatterStart = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : firstEnd
        var lineStart = frontMatterStart
        var closing: (start: String.Index, end: String.Index, number: Int)?
        while lineStart < bytes.endIndex, closing == nil {
            lineNumber += 1
            let lineEnd = endOfLine(in: bytes, from: lineStart) ?? bytes.endIndex
            if isFence(bytes[lineStart..<lineEnd]) { closing = (lineStart, lineEnd, lineNumber) }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        guard let closing else {
            log.error(.frontMatterUnclosed(),
                      at: SourceLocation(file: file))
            return nil
        }
        // The front matter ends before the line end that precedes the closing fence.
        let frontMatterEnd = closing.start > frontMatterStart ? bytes.index(before: closing.start) : frontMatterStart
        guard bytes.distance(from: frontMatterStart, to: frontMatterEnd) <= maximumFrontMatterSize else {
            log.error(.frontMatterTooLarge(kilobytes: maximumFrontMatterSize / 1024),
                      at: SourceLocation(file: file))
            return nil
        }
        let bodyStart = closing.end < bytes.endIndex ? bytes.index(after: closing.end) : closing.end
        return SplitContent(
            frontMatter: String(text[frontMatterStart..<frontMatterEnd]),
            frontMatterFirstLine: 2,
            body: String(text[bodyStart...]),
            bodyFirstLine: closing.number + 1
        )
    }

    /// The index of the `\n` ending the line that starts at `start`, nil when the text ends first.
    private static func endOfLine(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
    }

    /// `---`, then only spaces or tabs.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        line.starts(with: "---".utf8) && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
