/// Why a folder must not be replaced by a build's output.
enum OutputRefusal: Hashable, Sendable {
    /// The folder holds the site's sources.
    case holdsSources
    /// The folder is inside one of the site's source folders (`content`…).
    case insideSources(String)
    /// The path is a file.
    case notFolder
    /// The folder has files and no marker that clsm wrote it (the marker's name).
    case notMadeByClsm(String)
}

/// Decides whether a folder may be replaced by a build's output.
enum OutputFolderGuard {
    /// Why `output` must not be replaced, or nil when it may be.
    static func refusal(for output: String, siteRoot: String) -> OutputRefusal? {
        if Path.isInside(siteRoot, output) {
            return .holdsSources
        }
        for sourceFolder in ["content", "static", "layouts", "themes"] where Path.isInside(output, siteRoot + "/" + sourceFolder) {
            return .insideSources(sourceFolder)
        }
        guard let type = FileSystem.entryType(output) else { return nil }
        guard type == .directory else {
            return .notFolder
        }
        let names = FileSystem.names(in: output)
        if names.isEmpty || names.contains(OutputWriter.markerName) { return nil }
        return .notMadeByClsm(OutputWriter.markerName)
    }
}
