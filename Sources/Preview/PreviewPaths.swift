import Glibc
import SiteKit

/// Maps the path of a request to a file of the output folder, and refuses every path that could read outside it.
///
/// Plain functions of a string (and, for `file(for:root:)`, of the output folder), so that they can be tested and fuzzed alone.
public enum PreviewPaths {
    /// What a request path leads to.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the output: its canonical absolute path.
        case file(String)
        /// Nothing is there.
        case notFound
        /// A path that tries to leave the output or hides what it names (`..`, `%2F`, NUL, a hidden name); never served.
        case forbidden
    }

    /// The output-relative file a raw (still percent-encoded) request path names: `/guide/` → `guide/index.html`,
    /// `/` → `index.html`, `/css/clsm.css` → `css/clsm.css`; nil for a path that must be refused.
    ///
    /// The query and fragment are dropped; the path is percent-decoded once. Refused: a path that does not start with `/`,
    /// empty, `.` or `..` segments (as written or once decoded), encoded `/` or `\`, `\`, NUL and other control characters,
    /// malformed `%` escapes, text that is not UTF-8 once decoded, and names starting with `.`.
    public static func relativePath(for requestPath: String) -> String? {
        // Bytes, not Characters: a `/`, `?` or `.` followed by a combining mark is one Character in Swift.
        let raw = requestPath.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard raw.first == UInt8(ascii: "/") else { return nil }
        let segments = raw.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var decoded: [String] = []
        for (index, segment) in segments.enumerated() {
            if segment.isEmpty && index == segments.count - 1 { break }
            guard let name = PercentDecoding.decode(Substring(segment)), isAcceptable(name) else { return nil }
            decoded.append(name)
        }
        let isFolder = segments.last.map(\.isEmpty) ?? true
        return (decoded + (isFolder ? ["index.html"] : [])).joined(separator: "/")
    }

    /// The file of the output folder `root` that `requestPath` names: a folder gives its `index.html` (`/guide` and
    /// `/guide/` alike). Links are resolved one segment at a time, and the first one that leads outside `root` refuses
    /// the request, whatever lies beyond it (so that refusals tell nothing about files outside).
    public static func file(for requestPath: String, root: String) -> Resolution {
        guard let relative = relativePath(for: requestPath) else { return .forbidden }
        guard let canonicalRoot = realPath(root) else { return .notFound }
        var current = canonicalRoot
        var names = relative.utf8.split(separator: UInt8(ascii: "/")).compactMap { String($0) }
        var index = 0
        while index < names.count {
            guard let next = realPath(current + "/" + names[index]) else { return .notFound }
            guard next == canonicalRoot || next.hasPrefix(canonicalRoot == "/" ? "/" : canonicalRoot + "/") else { return .forbidden }
            current = next
            index += 1
            if index == names.count && isDirectory(current) { names.append("index.html") }
        }
        return isRegularFile(current) ? .file(current) : .notFound
    }

    /// A decoded name is acceptable when it cannot change folder or hide a character: no `/`, `\`, control character,
    /// no leading `.` (which also covers `.` and `..`).
    private static func isAcceptable(_ name: String) -> Bool {
        name.utf8.first.map { $0 != UInt8(ascii: ".") } == true && !name.utf8.contains { byte in
            byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\")
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
