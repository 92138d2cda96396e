import Foundation

/// The files of a folder, by path relative to it, with their bytes.
struct FileTree: Equatable {
    var files: [String: Data]

    /// The tree of `files`.
    init(files: [String: Data]) {
        self.files = files
    }

    /// Reads every file below `path` (hidden files included).
    init(readingFrom path: String) {
        files = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
    }

    /// The tree without the files that are byte-identical copies of the file at the same path below `folder`:
    /// a fixture built with the shared theme pins its pages, not the theme's stylesheets and scripts.
    func leavingOut(copiesOf folder: String) -> FileTree {
        var kept = self
        for (path, data) in files where FileManager.default.contents(atPath: folder + "/" + path) == data {
            kept.files[path] = nil
        }
        return kept
    }

    /// Replaces the folder at `path` with this tree.
    func write(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        for (relative, data) in files {
            let url = URL(fileURLWithPath: path + "/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// What differs from `expected`, one line a file (with the first differing line for text), empty when equal.
    func differences(from expected: FileTree) -> [String] {
        var report: [String] = []
        for path in Set(files.keys).union(expected.files.keys).sorted() {
            switch (files[path], expected.files[path]) {
            case (nil, _): report.append("missing: \(path)")
            case (_, nil): report.append("unexpected: \(path)")
            case let (actual?, wanted?) where actual != wanted:
                report.append("differs: \(path): \(Self.firstDifference(actual, wanted))")
            default: break
            }
        }
        return report
    }

    private static func firstDifference(_ actual: Data, _ expected: Data) -> String {
        let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < b.count ? b[index] : "<end>"
            if left != right { return "line \(index + 1): got «\(left)», expected «\(right)»" }
        }
        return "bytes differ"
    }
}
