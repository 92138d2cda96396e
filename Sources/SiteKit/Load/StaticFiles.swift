/// The files copied as they are: the theme's `static/`, then the site's (a site file replaces the theme's).
enum StaticFiles {
    /// Site path (`css/clsm.css`) → absolute source path.
    static func collect(themeDirectory: String?, folder: SiteFolder, log: inout DiagnosticLog) -> [String: String] {
        var files: [String: String] = [:]
        // Links are followed only within the folder that holds them: the theme, or the site.
        let roots = [themeDirectory.map { ($0 + "/static", $0) }, (folder.staticDirectory, folder.root)].compactMap { $0 }
        for (root, boundary) in roots where FileSystem.isDirectory(root) {
            let scanner = ContentScanner(siteRoot: boundary, folder: folder)
            for path in scanner.files(under: root, suffix: "", log: &log) {
                let source = root + "/" + path
                // Swift keys names by canonical equivalence: a second name of the same folder differs only in Unicode form.
                if let other = files[path], other.hasPrefix(root + "/") {
                    let message = Message.nameCollision("`\(folder.relative(source))`", "`\(folder.relative(other))`", at: "/" + path,
                                                        likeness: NameFolding.likeness(source, other))
                    log.error(message, at: SourceLocation(file: folder.relative(source)))
                }
                files[path] = source
            }
        }
        return files
    }
}
