/// What becomes of a page once it is rendered.
enum PageDestination: Sendable {
    /// Kept in memory, in the returned files (`clsm serve`, tests).
    case memory
    /// Read for the link check, then dropped (`clsm check`).
    case discard
    /// Written at once into the output being made, so that the whole site is never held in memory (`clsm build`).
    case staging(OutputStaging)
}

/// The pages of one render: files kept in memory, paths already written, and what the link check needs of each.
struct RenderedPages {
    /// Pages kept in memory (`PageDestination.memory`).
    var files: [OutputFile] = []
    /// Output paths of pages written or dropped at once.
    var otherPaths: [String] = []
    /// The ids and links of every page rendered, by output path.
    var references: [String: HTMLReferences] = [:]
    /// The Markdown links of each content page, for the link check.
    var contentLinks: [ContentLinks] = []
    /// Processor seconds spent in the template engine, summed over threads, when the renderer measured them.
    var templateSeconds: Double = 0
    /// Processor seconds spent rendering Markdown, summed over threads, when the renderer measured them.
    var markdownSeconds: Double = 0
}

extension PageDestination {
    /// Sends `file` where this destination says: the file when it stays in memory, nil when it was written or
    /// dropped; a failed write is recorded in `log`.
    func place(_ file: OutputFile, log: inout DiagnosticLog) -> OutputFile? {
        switch self {
        case .memory:
            return file
        case .discard:
            return nil
        case .staging(let staging):
            if !staging.write(file.path, file.contents) {
                log.error(.cannotWriteOutput(file.path), at: staging.here)
            }
            return nil
        }
    }

    /// Places files made outside the page renderer (exports, feeds), reading the HTML ones for the link check.
    func place(_ files: [OutputFile], log: inout DiagnosticLog) -> RenderedPages {
        var placed = RenderedPages()
        for file in files {
            if file.path.hasSuffix(".html"), case .text(let html) = file.contents {
                placed.references[file.path] = HTMLReferences(scanning: html)
            }
            if let kept = place(file, log: &log) { placed.files.append(kept) } else { placed.otherPaths.append(file.path) }
        }
        return placed
    }
}

extension RenderedPages {
    /// Adds what `other` holds after what this holds.
    mutating func append(_ other: RenderedPages) {
        files += other.files
        otherPaths += other.otherPaths
        references.merge(other.references) { first, _ in first }
        contentLinks += other.contentLinks
    }
}
