/// Path arithmetic on `/`-separated strings, without touching the disk.
///
/// Every operation works on UTF-8 bytes, never on `Character`s: a `/` followed by a combining mark is one
/// `Character` to Swift but still a separator to the file system.
enum Path {
    private static let slash = UInt8(ascii: "/")

    /// The segments of `path` between slashes, empty ones dropped.
    static func segments(_ path: String) -> [String] {
        var segments: [String] = []
        var text = path
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == slash {
                if index > start { segments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return segments
    }

    /// `a/b/c` → `a/b`; `c` → ``; `/c` → `/`.
    static func parent(of path: String) -> String {
        var bytes = Array(path.utf8)
        if bytes.count > 1 && bytes.last == slash { bytes.removeLast() }
        guard let last = bytes.lastIndex(of: slash) else { return "" }
        return last == 0 ? "/" : String(decoding: bytes[..<last], as: UTF8.self)
    }

    /// Joins two paths with one `/`.
    static func join(_ base: String, _ child: String) -> String {
        if base.isEmpty { return child }
        if child.isEmpty { return base }
        return base.utf8.last == slash ? base + child : base + "/" + child
    }

    /// Resolves `.` and `..` in a relative path; nil when `..` climbs above its start.
    static func normalize(_ path: String) -> String? {
        if isNormal(path.utf8[...]) { return path }
        // Most links lead to a folder (`a/b/`) or start at the root (`/a/b/`): one slash at either end of segments that
        // need nothing, which normalizing drops.
        let utf8 = path.utf8
        let start = utf8.first == slash ? utf8.index(after: utf8.startIndex) : utf8.startIndex
        let end = utf8.last == slash && utf8.endIndex > start ? utf8.index(before: utf8.endIndex) : utf8.endIndex
        if isNormal(utf8[start..<end]) { return String(Substring(utf8[start..<end])) }
        var kept: [String] = []
        for segment in segments(path) {
            switch segment {
            case ".": continue
            case "..":
                guard !kept.isEmpty else { return nil }
                kept.removeLast()
            default: kept.append(segment)
            }
        }
        return kept.joined(separator: "/")
    }

    /// True when no segment of `path` is empty, `.` or `..`: normalizing it gives it back (most links of a page).
    private static func isNormal(_ path: Substring.UTF8View) -> Bool {
        let dot = UInt8(ascii: ".")
        var length = 0
        var dotsOnly = true
        for byte in path {
            if byte == slash {
                if length == 0 || (dotsOnly && length <= 2) { return false }
                length = 0
                dotsOnly = true
            } else {
                length += 1
                dotsOnly = dotsOnly && byte == dot
            }
        }
        return length > 0 && !(dotsOnly && length <= 2)
    }

    /// An absolute path for `path` given the current directory `cwd`, `.` and `..` resolved.
    static func absolute(_ path: String, from cwd: String) -> String {
        let joined = path.utf8.first == slash ? path : join(cwd, path)
        var kept: [String] = []
        for segment in segments(joined) {
            if segment == "." { continue }
            if segment == ".." { if !kept.isEmpty { kept.removeLast() }; continue }
            kept.append(segment)
        }
        return "/" + kept.joined(separator: "/")
    }

    /// True when `path` is `ancestor` or inside it (both absolute and normalised).
    static func isInside(_ path: String, _ ancestor: String) -> Bool {
        let pathBytes = Array(path.utf8)
        var prefix = Array(ancestor.utf8)
        if pathBytes == prefix { return true }
        if prefix.last != slash { prefix.append(slash) }
        return pathBytes.starts(with: prefix)
    }
}
