/// A text file of the site, decoded.
public struct SourceFile: Sendable {
    /// Path below its folder (`guide/cmp.md` below `content/`).
    public let relativePath: String
    /// The decoded text.
    public let text: String
}
