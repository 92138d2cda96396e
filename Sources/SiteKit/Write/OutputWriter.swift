/// The write stage: the whole site written into a fresh folder beside the output, then swapped in.
///
/// A failed or refused build leaves the previous output as it was; nothing is written outside it.
public enum OutputWriter {
    /// The file that marks an output folder as made by clsm, so that no other folder is ever replaced.
    public static let markerName = ".clsm-output"
    static let markerText = "This folder is written by clsm; it is replaced whole by each build.\n"

    /// Writes `files` as the new content of `output`; false (with the reason in `log`) when nothing was changed.
    public static func write(_ files: [OutputFile], to output: String, folder: SiteFolder, log: inout DiagnosticLog) -> Bool {
        let here = SourceLocation(file: folder.relative(output))
        if let refusal = OutputFolderGuard.refusal(for: output, siteRoot: folder.root) {
            log.error(refusal, at: here)
            return false
        }
        let parent = Path.parent(of: output)
        let name = String(output.dropFirst(parent.count).drop(while: { $0 == "/" }))
        let staging = Path.join(parent, "." + name + ".clsm-tmp")
        let retired = Path.join(parent, "." + name + ".clsm-old")
        FileSystem.removeTree(staging)
        FileSystem.removeTree(retired)
        guard FileSystem.createDirectories(staging) else {
            log.error("cannot create the folder `\(staging)`", at: here)
            return false
        }
        var writer = TreeWriter(root: staging)
        var complete = writer.write(markerName, .text(markerText))
        for file in files where complete {
            complete = writer.write(file.path, file.contents)
            if !complete { log.error("cannot write `\(file.path)` in the output", at: here) }
        }
        guard complete else {
            FileSystem.removeTree(staging)
            return false
        }
        let hadOutput = FileSystem.entryType(output) != nil
        if hadOutput && !FileSystem.rename(output, to: retired) {
            log.error("cannot move the previous output aside", at: here)
            FileSystem.removeTree(staging)
            return false
        }
        guard FileSystem.rename(staging, to: output) else {
            log.error("cannot move the new output in place", at: here)
            if hadOutput { _ = FileSystem.rename(retired, to: output) }
            FileSystem.removeTree(staging)
            return false
        }
        FileSystem.removeTree(retired)
        return true
    }
}

/// Writes files below one root folder, creating their folders once each.
private struct TreeWriter {
    let root: String
    var createdFolders: Set<String> = []

    init(root: String) {
        self.root = root
    }

    mutating func write(_ relativePath: String, _ contents: OutputFile.Contents) -> Bool {
        // Paths come from slugs and checked aliases; this is the last guard against leaving the folder.
        guard let normalized = Path.normalize(relativePath), normalized == relativePath, !relativePath.hasPrefix("/") else { return false }
        let folder = Path.parent(of: relativePath)
        if !folder.isEmpty && !createdFolders.contains(folder) {
            guard FileSystem.createDirectories(Path.join(root, folder)) else { return false }
            createdFolders.insert(folder)
        }
        let path = Path.join(root, relativePath)
        switch contents {
        case .text(let text):
            return FileSystem.write(text.utf8, to: path)
        case .copy(let source):
            guard let bytes = FileSystem.read(source) else { return false }
            return FileSystem.write(bytes, to: path)
        }
    }
}
