/// One file of the output, in memory: its path below the output folder and its content.
public struct OutputFile: Sendable {
    /// Path below the output folder (`guide/cmp/index.html`).
    public let path: String
    /// What is written.
    public let contents: Contents

    /// Where a file's bytes come from.
    public enum Contents: Sendable {
        /// Generated text, written as UTF-8.
        case text(String)
        /// A file of `static/`, copied as it is.
        case copy(from: String)
    }
}
