/// Path arithmetic on `/`-separated strings, without touching the disk.
enum Path {
    /// `a/b/c` → `a/b`; `c` → ``; `/c` → `/`.
    static func parent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Joins two paths with one `/`.
    static func join(_ base: String, _ child: String) -> String {
        if base.isEmpty { return child }
        if child.isEmpty { return base }
        return base.hasSuffix("/") ? base + child : base + "/" + child
    }

    /// Resolves `.` and `..` in a relative path; nil when `..` climbs above its start.
    static func normalize(_ path: String) -> String? {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// An absolute path for `path` given the current directory `cwd`, `.` and `..` resolved.
    static func absolute(_ path: String, from cwd: String) -> String {
        let joined = path.hasPrefix("/") ? path : join(cwd, path)
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." { if !segments.isEmpty { segments.removeLast() }; continue }
            segments.append(segment)
        }
        return "/" + segments.joined(separator: "/")
    }

    /// True when `path` is `ancestor` or inside it (both absolute and normalised).
    static func isInside(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || path.hasPrefix(ancestor.hasSuffix("/") ? ancestor : ancestor + "/")
    }
}
