/// Finds the files of a folder tree, safely: hidden names skipped, links leading outside the site not followed.
struct ContentScanner {
    /// Links are followed only when they resolve inside this folder.
    let siteRoot: String
    /// Makes paths in messages relative to the site.
    let folder: SiteFolder

    /// The paths below `directory` (relative to it) of the regular files whose name ends with `suffix`, sorted.
    func files(under directory: String, suffix: String, log: inout DiagnosticLog) -> [String] {
        var found: [String] = []
        var visited: Set<String> = []
        walk(directory, relative: "", suffix: suffix, into: &found, visited: &visited, log: &log)
        return found
    }

    private func walk(_ directory: String, relative: String, suffix: String, into found: inout [String],
                      visited: inout Set<String>, log: inout DiagnosticLog) {
        guard let canonical = FileSystem.realPath(directory), visited.insert(canonical).inserted else { return }
        for name in FileSystem.names(in: directory) where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            guard var type = FileSystem.entryType(path) else { continue }
            if type == .symbolicLink {
                guard let target = FileSystem.realPath(path), Path.isInside(target, siteRoot) else {
                    log.warning(.linkOutsideSite(name),
                                at: SourceLocation(file: folder.relative(path)))
                    continue
                }
                type = FileSystem.isDirectory(target) ? .directory : (FileSystem.isFile(target) ? .file : .other)
            }
            switch type {
            case .directory:
                walk(path, relative: relativePath, suffix: suffix, into: &found, visited: &visited, log: &log)
            case .file where name.hasSuffix(suffix):
                found.append(relativePath)
            default:
                continue
            }
        }
    }
}
