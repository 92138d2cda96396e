/// The files of a site, read and decoded: the load stage.
public struct LoadedSources: Sendable {
    /// The text of `site.yml`.
    public let configText: String
    /// Every `content/**/*.md`, sorted by path.
    public let contentFiles: [SourceFile]
    /// Every content folder (relative to `content/`, `` for the top), sorted.
    public let contentFolders: [String]
    /// The content files (relative to `content/`) that could not be used (too large, not UTF-8), each reported.
    public let unreadableFiles: [String]
}

/// Reads `site.yml` and the content files of a site folder.
public enum SourceLoader {
    /// The largest content file (or `site.yml`) accepted, 2 MB: so that no file holds a build, or a preview's rebuild,
    /// beyond a few seconds (docs/content-model.md).
    public static let maximumFileSize = 2 * 1024 * 1024

    /// Reads what the site is made of; nil when `site.yml` is missing or unreadable.
    public static func load(_ folder: SiteFolder, log: inout DiagnosticLog) -> LoadedSources? {
        load(folder, log: &log, readText: readText)
    }

    /// `load`, each file read by `readText` (a preview's cache of unchanged files).
    static func load(_ folder: SiteFolder, log: inout DiagnosticLog, readText: TextReading) -> LoadedSources? {
        guard let configText = readText(folder.configFile, "site.yml", &log) else {
            if !FileSystem.isFile(folder.configFile) {
                log.error(.noSiteFile(), at: SourceLocation(file: "site.yml"))
            }
            return nil
        }
        let scanner = ContentScanner(siteRoot: folder.root, folder: folder)
        let paths = scanner.files(under: folder.contentDirectory, suffix: ".md", log: &log)
        var files: [SourceFile] = []
        var unreadable: [String] = []
        for path in paths {
            let file = "content/" + path
            if let text = readText(folder.contentDirectory + "/" + path, file, &log) {
                files.append(SourceFile(relativePath: path, text: text))
            } else {
                unreadable.append(path)
            }
        }
        var folders: Set<String> = []
        for path in paths {
            var parent = Path.parent(of: path)
            while !parent.isEmpty {
                folders.insert(parent)
                parent = Path.parent(of: parent)
            }
        }
        return LoadedSources(configText: configText, contentFiles: files, contentFolders: folders.sorted(), unreadableFiles: unreadable)
    }

    /// The decoded text of the file at `path` (named `file` in messages); nil, with the reason in `log`, when unusable.
    static func readText(_ path: String, as file: String, log: inout DiagnosticLog) -> String? {
        guard let bytes = FileSystem.read(path, limit: maximumFileSize) else { return nil }
        guard bytes.count <= maximumFileSize else {
            log.error(.fileTooLarge(megabytes: maximumFileSize / 1024 / 1024), at: SourceLocation(file: file))
            return nil
        }
        return SourceText.decode(bytes, file: file, log: &log)?.text
    }
}
