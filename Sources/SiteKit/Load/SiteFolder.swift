/// Where the parts of one site are on disk.
public struct SiteFolder: Sendable {
    /// The site folder, absolute and canonical.
    public let root: String

    /// A site folder at `path` (relative to `cwd` when not absolute); nil when it is not a directory.
    public init?(path: String, cwd: String) {
        let absolute = Path.absolute(path, from: cwd)
        guard FileSystem.isDirectory(absolute), let canonical = FileSystem.realPath(absolute) else { return nil }
        self.root = canonical
    }

    /// `site.yml`.
    public var configFile: String { root + "/site.yml" }
    /// `content/`.
    public var contentDirectory: String { root + "/content" }
    /// `static/`.
    public var staticDirectory: String { root + "/static" }
    /// `layouts/`, the site's overrides of its theme.
    public var layoutsDirectory: String { root + "/layouts" }

    /// The folder of theme `name`: `themes/<name>` in the site folder, else in the nearest folder above that has it.
    public func themeDirectory(named name: String) -> String? {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else { return nil }
        var folder = root
        while true {
            let candidate = folder + "/themes/" + name
            if FileSystem.isDirectory(candidate) { return candidate }
            let parent = Path.parent(of: folder)
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Path of `absolute` relative to the site folder, for messages (`content/a.md`, `../themes/clsm/x`).
    public func relative(_ absolute: String) -> String {
        if Path.isInside(absolute, root) { return String(absolute.dropFirst(root.count).drop(while: { $0 == "/" })) }
        var base = root
        var ups = ""
        while !Path.isInside(absolute, base) && base != "/" {
            base = Path.parent(of: base)
            ups += "../"
        }
        let rest = absolute.dropFirst(base.count).drop(while: { $0 == "/" })
        return ups + rest
    }
}
