/// `clsm import`: each row of a spreadsheet becomes a guide entry, checked exactly as a content file is. Nothing is
/// written while a row has an error, unless the valid rows are asked for; a file the import did not make is never
/// replaced unless forced, and a file it made keeps the text written below its front matter.
public struct GuideImport {
    /// How the import reads and writes.
    public struct Options: Sendable {
        /// The spreadsheet's encoding; nil to detect it.
        public var encoding: SpreadsheetEncoding?
        /// A mapping file's path and name in messages.
        public var mapping: (path: String, file: String)?
        /// Whether the valid rows are written when others have errors.
        public var skipInvalid = false
        /// Whether a file the import did not make may get a new front matter (its text is kept).
        public var force = false
        /// Whether nothing is written, only said.
        public var dryRun = false

        /// The defaults: detected encoding, standard columns, all or nothing, nothing forced.
        public init() {}
    }

    /// What the import did, or in a dry run would do, with each file (paths relative to the site folder).
    public struct Outcome: Sendable {
        /// New entries.
        public var created: [String] = []
        /// Entries whose front matter changed.
        public var updated: [String] = []
        /// Entries already as the spreadsheet says.
        public var unchanged: [String] = []
        /// Rows (their numbers) left out for their errors.
        public var skippedRows: [Int] = []
        /// Whether files were written.
        public var wrote = false
    }

    /// The site.
    public let folder: SiteFolder
    /// How to import.
    public let options: Options
    /// Now, for the check of `updated`.
    public let now: BuildNow

    /// An import into `folder`.
    public init(folder: SiteFolder, options: Options, now: BuildNow) {
        self.folder = folder
        self.options = options
        self.now = now
    }

    /// Imports the spreadsheet at `path` (named `file` in messages); nil when it could not be read at all.
    public func run(spreadsheet path: String, named file: String, log: inout DiagnosticLog) -> Outcome? {
        guard let site = ImportSite.read(folder, now: now, log: &log) else { return nil }
        var mapping: [(heading: Located<String>, key: Located<String>)] = []
        if let given = options.mapping {
            guard let pairs = ImportMapping.read(given.path, file: given.file, log: &log) else { return nil }
            mapping = pairs
        }
        let columns = ImportColumns(mapping: mapping, log: &log)
        guard let bytes = FileSystem.read(path) else {
            log.error(.cannotReadFile(), at: SourceLocation(file: file))
            return nil
        }
        guard !log.hasErrors, let text = SpreadsheetText.decode(bytes, file: file, encoding: options.encoding, log: &log),
              let table = SpreadsheetTable.read(text, file: file, log: &log), let keys = columns.keys(of: table, log: &log),
              !log.hasErrors else { return nil }

        var outcome = Outcome()
        var planned: [(path: String, relative: String, text: String)] = []
        var rowOfSlug: [String: Int] = [:]
        let source = Path.segments(file).last ?? file
        for row in table.rows {
            let entry = ImportedEntry(row: row, keys: keys, source: source)
            var rowLog = DiagnosticLog()
            let file = site.check(entry, table: table, rowOfSlug: &rowOfSlug, force: options.force, log: &rowLog)
            log.append(rowLog)
            guard let file, !rowLog.hasErrors else {
                outcome.skippedRows.append(row.number)
                continue
            }
            if file.previous == nil {
                outcome.created.append(file.relative)
            } else if file.previous == file.text {
                outcome.unchanged.append(file.relative)
            } else {
                outcome.updated.append(file.relative)
            }
            if file.previous != file.text { planned.append((file.path, file.relative, file.text)) }
        }
        guard !options.dryRun, options.skipInvalid || outcome.skippedRows.isEmpty else { return outcome }
        if !planned.isEmpty && !FileSystem.createDirectories(site.guideDirectory) {
            log.error(.importCannotCreateFolder(folder.relative(site.guideDirectory)), at: SourceLocation(file: file))
            return outcome
        }
        for file in planned where !FileSystem.write(file.text, to: file.path) {
            log.error(.importCannotWrite(file.relative), at: SourceLocation(file: file.relative))
        }
        outcome.wrote = !planned.isEmpty
        return outcome
    }
}
