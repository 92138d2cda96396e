/// One entry's file as an import would write it.
struct ImportFile {
    /// Its absolute path.
    let path: String
    /// Its path relative to the site folder (`content/guide/cmp.md`).
    let relative: String
    /// Its new text.
    let text: String
    /// Its text on disk now; nil when it does not exist.
    let previous: String?
}

/// What an import checks rows against: the site's settings, its guide's categories and folder.
struct ImportSite {
    /// The site.
    let folder: SiteFolder
    /// Its settings and "now", as the page reader takes them.
    let validation: ValidationContext
    /// Its guide's categories.
    let vocabulary: GuideVocabulary
    /// The guide's folder below `content/`.
    let guideFolder: String

    /// The guide's folder on disk.
    var guideDirectory: String { folder.contentDirectory + "/" + guideFolder }

    /// The site of `folder`; nil with the reason in `log` when its settings or its theme cannot be read.
    static func read(_ folder: SiteFolder, now: BuildNow, log: inout DiagnosticLog) -> ImportSite? {
        guard let text = SourceLoader.readText(folder.configFile, as: "site.yml", log: &log) else {
            log.error(.importNoSite(), at: SourceLocation(file: "site.yml"))
            return nil
        }
        guard let config = SiteConfigReader.read(text, file: "site.yml", baseURLOverride: nil, log: &log) else { return nil }
        guard let themeDirectory = folder.themeDirectory(named: config.theme.value) else {
            log.error(.importThemeMissing(config.theme.value),
                      at: config.theme.location)
            return nil
        }
        let vocabulary = GuideVocabulary.load(themeDirectory: themeDirectory, themeName: config.theme.value, config: config, log: &log)
        return ImportSite(folder: folder, validation: ValidationContext(config: config, now: now.instant(in: config.timeZone)), vocabulary: vocabulary,
                          guideFolder: GuidePaths.contentFolder(of: config))
    }

    /// The file of `entry`, checked as the build checks a content file, its problems in `log` at the row's cells;
    /// nil when it cannot be written. `rowOfSlug` remembers the rows seen so far.
    func check(_ entry: ImportedEntry, table: SpreadsheetTable, rowOfSlug: inout [String: Int], force: Bool,
               log: inout DiagnosticLog) -> ImportFile? {
        let at = SourceLocation(file: table.file, line: entry.row.number, column: entry.titleColumn + 1)
        // A row without a usable file name is still checked, under a stand-in name, for all its problems at once;
        // the page reader reports a wrong `slug` at its cell.
        let usable = !entry.slug.isEmpty && entry.slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        let contentPath = guideFolder + "/" + (usable ? entry.slug : "sans-nom") + ".md"
        let relative = "content/" + contentPath
        let path = folder.contentDirectory + "/" + contentPath
        let existing = usable ? existingBody(at: path, relative: relative, force: force, log: &log, at: at) : ("", nil)
        let text = entry.text(body: existing?.body ?? "")
        var fileLog = DiagnosticLog()
        _ = PageReader.read(text: text, contentPath: contentPath, kind: .resource, context: validation, log: &fileLog)
        if let category = entry.values["category"], !category.isEmpty, let line = entry.lineOfKey["category"] {
            _ = vocabulary.category(Located(category, at: SourceLocation(file: relative, line: line)), log: &fileLog)
        }
        for diagnostic in fileLog.entries {
            let column = entry.columnOfLine[diagnostic.location.line]
            let location = SourceLocation(file: table.file, line: entry.row.number, column: (column ?? entry.titleColumn) + 1)
            let key = column.flatMap { entry.keyOfColumn[$0] }
            let words = diagnostic.severity == .error ? key.map(SpreadsheetValues.cells(forKey:)) ?? [] : []
            let message = column.map { Message.inCell(diagnostic.message, heading: table.headings[$0], words: words) } ?? diagnostic.message
            switch diagnostic.severity {
            case .error: log.error(message, at: location)
            case .warning: log.warning(message, at: location)
            }
        }
        if entry.slug.isEmpty, entry.values["title"]?.isEmpty == false {
            log.error(.rowWithoutName(table.headings[entry.titleColumn]), at: at)
        }
        guard usable else { return nil }
        if let first = rowOfSlug[entry.slug] {
            log.error(.rowTwice(entry.slug, firstRow: first), at: at)
            return nil
        }
        rowOfSlug[entry.slug] = entry.row.number
        guard !fileLog.hasErrors, let existing else { return nil }
        return ImportFile(path: path, relative: relative, text: text, previous: existing.previous)
    }

    /// The text kept below the front matter of the file at `path` and its whole text (both empty and nil when there
    /// is no file); nil with an error at `at` when the file may not be replaced.
    private func existingBody(at path: String, relative: String, force: Bool, log: inout DiagnosticLog,
                              at: SourceLocation) -> (body: String, previous: String?)? {
        guard FileSystem.entryType(path) != nil else { return ("", nil) }
        var ignored = DiagnosticLog()
        guard FileSystem.isFile(path), let text = SourceLoader.readText(path, as: relative, log: &ignored),
              let split = FrontMatterSplitter.split(text, file: relative, log: &ignored) else {
            log.error(.entryFileNoFrontMatter(relative), at: at)
            return nil
        }
        guard force || ImportedEntry.isImported(frontMatter: split.frontMatter) else {
            log.error(.entryFileNotImported(relative), at: at)
            return nil
        }
        return (split.body, text)
    }
}
