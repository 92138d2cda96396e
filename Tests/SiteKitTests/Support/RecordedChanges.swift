import Foundation

/// What `CLSM_RECORD=1` accepts into a golden file, printed as it records, so that the change is read before it is
/// committed: each changed file's removed (`-`) and added (`+`) lines with their numbers.
enum RecordedChanges {
    /// The lines of a change from `old` to `new` text, empty when they are equal.
    static func lines(from old: String, to new: String) -> [String] {
        let before = old.components(separatedBy: "\n")
        let after = new.components(separatedBy: "\n")
        return after.difference(from: before).map { change in
            switch change {
            case .remove(let offset, let line, _): "-\(offset + 1): \(line)"
            case .insert(let offset, let line, _): "+\(offset + 1): \(line)"
            }
        }
    }

    /// The change from the tree `expected` to `actual`, file by file (a file that is not UTF-8 text only named).
    static func lines(from expected: FileTree, to actual: FileTree) -> [String] {
        var report: [String] = []
        for path in Set(actual.files.keys).union(expected.files.keys).sorted() where actual.files[path] != expected.files[path] {
            let old = expected.files[path].flatMap { String(data: $0, encoding: .utf8) }
            let new = actual.files[path].flatMap { String(data: $0, encoding: .utf8) }
            switch (expected.files[path], actual.files[path]) {
            case (nil, _): report.append("added: \(path)")
            case (_, nil): report.append("removed: \(path)")
            default: report.append("changed: \(path)")
            }
            if expected.files[path] == nil || actual.files[path] == nil { continue }
            if let old, let new { report += lines(from: old, to: new).map { "  " + $0 } } else { report.append("  (binary)") }
        }
        return report
    }

    /// Prints what recording `golden` accepts, or that it is unchanged.
    static func print(_ lines: [String], recording golden: String) {
        Swift.print(lines.isEmpty ? "CLSM_RECORD: \(golden) unchanged"
                                  : (["CLSM_RECORD: \(golden) accepts:"] + lines).joined(separator: "\n"))
    }
}
