/// The pages a render redoes, when a preview knows the others have not changed.
struct RenderSelection {
    /// Indices into `ResolvedSite.pages`.
    var pages: Set<Int> = []
    /// Indices into `ResolvedSite.generatedPages`.
    var generated: Set<Int> = []
}

/// Reads one content file into a page: `PageReader.read`, or a cache in front of it.
typealias PageReading = (_ text: String, _ contentPath: String, _ kind: ContentKind, _ context: ValidationContext,
                         _ log: inout DiagnosticLog) -> Page?

/// Reads and decodes one file of the site (absolute path, path in messages): `SourceLoader.readText`, or a cache.
typealias TextReading = (_ path: String, _ file: String, _ log: inout DiagnosticLog) -> String?
