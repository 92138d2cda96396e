import Glibc
import Synchronization

/// A new output being written: files go into a hidden folder beside the output, which replaces it whole at the end.
///
/// Pages can be written as soon as they are rendered, from several threads; nothing is visible in the output until
/// `commit`, and `abandon` leaves the previous output as it was.
public final class OutputStaging: Sendable {
    /// The output folder, absolute.
    let output: String
    /// Where problems with the output are reported.
    let here: SourceLocation
    private let staging: String
    private let retired: String
    /// The output being replaced, whose files holding the same bytes are taken again; nil when there is none.
    private let previous: PreviousOutput?
    /// Folders already made below the staging folder.
    private let madeFolders = Mutex<Set<String>>([])

    private init(output: String, here: SourceLocation, staging: String, retired: String, previous: PreviousOutput?) {
        self.output = output
        self.here = here
        self.staging = staging
        self.retired = retired
        self.previous = previous
    }

    /// Starts writing a new `output` for the site in `folder`; nil (with the reason in `log`) when the output folder may
    /// not be replaced or the staging folder cannot be made.
    public static func begin(output: String, folder: SiteFolder, log: inout DiagnosticLog) -> OutputStaging? {
        let here = SourceLocation(file: folder.relative(output))
        if let refusal = OutputFolderGuard.refusal(for: output, siteRoot: folder.root) {
            log.error(.outputRefused(output, reason: refusal), at: here)
            return nil
        }
        let parent = Path.parent(of: output)
        let name = String(output.dropFirst(parent.count).drop(while: { $0 == "/" }))
        let stagingPath = Path.join(parent, "." + name + ".clsm-tmp")
        FileSystem.removeTree(stagingPath)
        FileSystem.removeTree(Path.join(parent, "." + name + ".clsm-old"))
        let marker = Path.join(stagingPath, OutputWriter.markerName)
        var written = stat()
        guard FileSystem.createDirectories(stagingPath), FileSystem.write(OutputWriter.markerText, to: marker),
              lstat(marker, &written) == 0 else {
            log.error(.cannotCreateFolder(stagingPath), at: here)
            FileSystem.removeTree(stagingPath)
            return nil
        }
        let previous = FileSystem.entryType(output) == .directory
            ? PreviousOutput(folder: output, mode: written.st_mode & 0o7777, owner: written.st_uid) : nil
        return OutputStaging(output: output, here: here, staging: stagingPath, retired: Path.join(parent, "." + name + ".clsm-old"),
                             previous: previous)
    }

    /// Writes one file below the staging folder; false when its path would leave it or the write fails.
    func write(_ relativePath: String, _ contents: OutputFile.Contents) -> Bool {
        // Paths come from slugs and checked aliases; this is the last guard against leaving the folder.
        guard let normalized = Path.normalize(relativePath), normalized == relativePath, !relativePath.hasPrefix("/") else { return false }
        let folder = Path.parent(of: relativePath)
        if !folder.isEmpty && !madeFolders.withLock({ $0.contains(folder) }) {
            guard FileSystem.createDirectories(Path.join(staging, folder)) else { return false }
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        let path = Path.join(staging, relativePath)
        switch contents {
        case .text(var text):
            return text.withUTF8 { place(UnsafeRawBufferPointer($0), at: relativePath, path) }
        case .utf8(let bytes):
            return bytes.withUnsafeBytes { place($0, at: relativePath, path) }
        case .copy(let source):
            guard previous != nil else { return FileCopy.copy(source, to: path) }
            // The source's bytes are read anyway to be compared with the previous output's.
            guard let bytes = FileSystem.read(source) else { return false }
            return bytes.withUnsafeBytes { place($0, at: relativePath, path) }
        }
    }

    /// Writes `bytes` at `path`, or takes the previous output's file at `relativePath` when it holds them.
    private func place(_ bytes: UnsafeRawBufferPointer, at relativePath: String, _ path: String) -> Bool {
        if let previous, previous.reuse(relativePath, holding: bytes, at: path) { return true }
        return FileSystem.write(buffer: bytes, to: path)
    }

    /// Writes the files not written yet, lets `finish` work on the whole written folder (the search index), then puts
    /// the staging folder in place of the output; false (reason in `log`) when the output was left as it was. The
    /// previous output is removed before this returns, or later by `removals` when given.
    public func commit(_ files: [OutputFile], log: inout DiagnosticLog, removals: OutputRemovals? = nil,
                       finish: (_ folder: String, _ log: inout DiagnosticLog) -> Bool = { _, _ in true }) -> Bool {
        for file in files where !write(file.path, file.contents) {
            log.error(.cannotWriteOutput(file.path), at: here)
            abandon()
            return false
        }
        guard finish(staging, &log) else {
            abandon()
            return false
        }
        let hadOutput = FileSystem.entryType(output) != nil
        if hadOutput && !FileSystem.rename(output, to: retired) {
            log.error(.cannotMoveOldOutput(), at: here)
            abandon()
            return false
        }
        guard FileSystem.rename(staging, to: output) else {
            log.error(.cannotMoveNewOutput(), at: here)
            if hadOutput { _ = FileSystem.rename(retired, to: output) }
            abandon()
            return false
        }
        if let removals, hadOutput {
            removals.remove(retired)
        } else {
            FileSystem.removeTree(retired)
        }
        return true
    }

    /// Removes what was written; the output stays as it was.
    public func abandon() {
        FileSystem.removeTree(staging)
    }
}
