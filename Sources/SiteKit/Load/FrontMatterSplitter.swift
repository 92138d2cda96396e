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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            log.error("missing front matter: a content file starts with a line `---`, then `title: …`, then a line `---`",
                      at: SourceLocation(file: file))
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            log.error("the front matter opened on line 1 is never closed: add a line `---` after its last key",
                      at: SourceLocation(file: file))
            return nil
        }
        let frontMatter = lines[1..<closing].joined(separator: "\n")
        guard frontMatter.utf8.count <= maximumFrontMatterSize else {
            log.error("the front matter is larger than \(maximumFrontMatterSize / 1024) KB; keep long text in the body",
                      at: SourceLocation(file: file))
            return nil
        }
        return SplitContent(
            frontMatter: frontMatter,
            frontMatterFirstLine: 2,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyFirstLine: closing + 2
        )
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
