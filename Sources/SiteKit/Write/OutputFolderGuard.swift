/// Decides whether a folder may be replaced by a build's output.
enum OutputFolderGuard {
    /// Why `output` must not be replaced, or nil when it may be.
    static func refusal(for output: String, siteRoot: String) -> String? {
        if Path.isInside(siteRoot, output) {
            return "refusing to write the output into `\(output)`: it contains the site's sources"
        }
        for sourceFolder in ["content", "static", "layouts", "themes"] where Path.isInside(output, siteRoot + "/" + sourceFolder) {
            return "refusing to write the output into `\(output)`: it is inside the site's \(sourceFolder)/ folder"
        }
        guard let type = FileSystem.entryType(output) else { return nil }
        guard type == .directory else {
            return "refusing to replace `\(output)`: it is not a folder"
        }
        let names = FileSystem.names(in: output)
        if names.isEmpty || names.contains(OutputWriter.markerName) { return nil }
        return "refusing to replace `\(output)`: it was not made by clsm (it has no \(OutputWriter.markerName) file); remove it or choose another --output"
    }
}
