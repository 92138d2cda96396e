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

/// Pages the last good build rendered that a build takes as they are, with what the link check read of them.
struct KeptPages {
    /// The files.
    var files: [OutputFile] = []
    /// Their ids and links, by output path.
    var references: [String: HTMLReferences] = [:]
    /// The Markdown links of the content pages among them, indexed in this build's site.
    var contentLinks: [ContentLinks] = []
}

/// What `clsm serve` changes in a build to redo only what an edit needs. A plain build uses none.
struct BuildHooks {
    /// Reads a file of the site, or gives the text it read last time.
    var readText: TextReading
    /// Told what was loaded, before any file is validated (a cache forgets what changed).
    var loaded: (LoadedSources) -> Void
    /// Reads a content file into a page, or gives the page it read last time from the same text.
    var readPage: PageReading
    /// Chooses the pages to render again; for the others, gives what the last good build made of them.
    var selectPages: (_ site: ResolvedSite, _ theme: Theme, _ environment: RenderEnvironment, _ configText: String)
        -> (selection: RenderSelection, kept: KeptPages)
}
