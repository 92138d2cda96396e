import Foundation

/// When each file of a site last changed, from git, when the site is in a git checkout: so that a build of unchanged
/// content gives identical `.ics`, sitemap and feeds whatever the day of the build.
enum GitHistory {
    /// The date of the last commit that changed each file below `root`, by path relative to `root`; files changed
    /// since (modified, added, untracked) are left out. Nil when `root` is not in a git checkout or git is missing.
    ///
    /// The history is read once, newest commit first: each file takes the date of the first commit that names it.
    static func lastChanges(in root: String) -> [String: Date]? {
        guard let prefix = git(["rev-parse", "--show-prefix"], in: root)?.trimmingCharacters(in: .newlines),
              let log = git(["log", "--relative", "--name-only", "-z", "--format=%x01%cI", "--", "."], in: root),
              let status = git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."], in: root)
        else { return nil }
        var changes: [String: Date] = [:]
        let dates = ISO8601DateFormatter()
        for record in log.split(separator: "\u{1}") {
            let fields = record.split(separator: "\0", omittingEmptySubsequences: true)
            guard let first = fields.first, let date = dates.date(from: String(first)) else { continue }
            for name in fields.dropFirst() {
                let path = name.trimmingCharacters(in: .newlines)
                if !path.isEmpty && changes[path] == nil { changes[path] = date }
            }
        }
        for path in changedSinceLastCommit(status, prefix: prefix) { changes[path] = nil }
        return changes
    }

    /// The paths below the site (`prefix`, from the top of the checkout) that `git status -z` lists.
    private static func changedSinceLastCommit(_ status: String, prefix: String) -> [String] {
        var paths: [String] = []
        var entries = status.split(separator: "\0").makeIterator()
        while let entry = entries.next() {
            guard entry.count > 3 else { continue }
            let code = entry.prefix(2)
            let path = String(entry.dropFirst(3))
            if path.hasPrefix(prefix) { paths.append(String(path.dropFirst(prefix.count))) }
            // A rename or a copy names its former path next.
            if code.contains("R") || code.contains("C") { _ = entries.next() }
        }
        return paths
    }

    /// The standard output of `git ARGUMENTS` run in `folder`, or nil when it fails.
    private static func git(_ arguments: [String], in folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotepath=off"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
