/// A place in a file of the site, as editors see it: path relative to the site folder, 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable {
    /// Path relative to the site folder, with `/` separators (`content/guide/cmp.md`).
    public let file: String
    /// 1-based line, counted from the top of the file.
    public let line: Int
    /// 1-based column, counted in characters.
    public let column: Int

    /// Makes a location; line and column are clamped to at least 1.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// The same file, another place.
    public func moved(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
