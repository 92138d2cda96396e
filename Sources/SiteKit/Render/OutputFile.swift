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
        /// Generated text already in UTF-8 (pages as their templates render them).
        case utf8([UInt8])
        /// A file of `static/`, copied as it is.
        case copy(from: String)
    }
}

extension OutputFile.Contents {
    /// The generated text; nil for a copied file.
    public var text: String? {
        switch self {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        case .copy: nil
        }
    }
}
