/// The pages read from content files by earlier builds, so that an unchanged file is not parsed again.
///
/// A file is read again when its text or its kind changed; every entry is dropped when `site.yml` changed
/// (validation reads the settings). The diagnostics a file gave are given again each time its page is reused.
struct PageCache {
    private struct Entry {
        let text: String
        let kind: ContentKind
        let page: Page?
        let diagnostics: DiagnosticLog
    }

    private var entries: [String: Entry] = [:]
    private var configText: String?

    /// Forgets every page when the settings they were validated against are not `configText`.
    mutating func keep(onlyFor configText: String) {
        if let current = self.configText, current.utf8.elementsEqual(configText.utf8) { return }
        entries = [:]
        self.configText = configText
    }

    /// The page of a content file: reused when its text and kind are unchanged, else read by `PageReader`.
    mutating func read(_ text: String, contentPath: String, kind: ContentKind, context: ValidationContext,
                       log: inout DiagnosticLog) -> Page? {
        if let entry = entries[contentPath], entry.kind == kind, entry.text.utf8.elementsEqual(text.utf8) {
            log.append(entry.diagnostics)
            return entry.page
        }
        var diagnostics = DiagnosticLog()
        let page = PageReader.read(text: text, contentPath: contentPath, kind: kind, context: context, log: &diagnostics)
        entries[contentPath] = Entry(text: text, kind: kind, page: page, diagnostics: diagnostics)
        log.append(diagnostics)
        return page
    }

    /// Drops the files that are gone, so that the cache does not outgrow the site.
    mutating func keep(onlyPaths paths: Set<String>) {
        for path in entries.keys where !paths.contains(path) { entries[path] = nil }
    }
}
