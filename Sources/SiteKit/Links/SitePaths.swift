/// The output paths of a site (`guide/cmp/index.html`, `docs/a.pdf`), and the file a site path is served from.
struct SitePaths: Sendable {
    private let paths: Set<String>

    init(_ paths: Set<String>) {
        self.paths = paths
    }

    /// The file a site path is served from: `guide/` → `guide/index.html`; `guide` too, as servers redirect it.
    func file(at path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            return paths.contains(path + "index.html") ? path + "index.html" : nil
        }
        if paths.contains(path) { return path }
        return paths.contains(path + "/index.html") ? path + "/index.html" : nil
    }
}
