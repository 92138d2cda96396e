import Foundation

/// When each file of a site last changed, from git, when the site is in a git checkout: so that a build of unchanged
/// content gives identical `.ics`, sitemap and feeds whatever the day of the build.
enum GitHistory {
    /// The date of the last commit that changed each file below `root`, by path relative to `root`; files changed
    /// since (modified, added, untracked) are left out. Nil when `root` is not in a git checkout or git is missing.
    static func lastChanges(in root: String) -> [String: Date]? {
        guard let top = checkoutTop(of: root) else { return nil }
        return CheckoutHistory.read(top: top)?.lastChanges(below: root)
    }

    /// The folder holding the `.git` (a folder, or a file in a worktree) nearest above `folder`, as git finds it;
    /// nil when there is none. Found without running git, which a site outside any checkout never starts.
    static func checkoutTop(of folder: String) -> String? {
        var candidate = folder
        while true {
            if FileSystem.isDirectory(candidate + "/.git") || FileSystem.isFile(candidate + "/.git") { return candidate }
            let parent = Path.parent(of: candidate)
            guard parent != candidate, !parent.isEmpty else { return nil }
            candidate = parent
        }
    }
}

/// The last commit of every file of one git checkout, read once however many sites of a run are in it.
struct CheckoutHistory: Sendable {
    /// The checkout's top folder.
    let top: String
    /// Each file's last commit, by path from the top, in the order of the paths; files changed since the last commit
    /// are left out.
    let changes: [(path: String, date: Date)]

    /// The history of the checkout at `top`: its whole log, newest commit first, each file taking the date of the
    /// first commit that names it, and `git status` for what changed since. Nil when git fails or is missing.
    static func read(top: String) -> CheckoutHistory? {
        guard let log = git(["log", "--name-only", "-z", "--format=%x01%cI"], in: top),
              let status = git(["status", "--porcelain=v1", "-z", "--untracked-files=all"], in: top)
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
        for path in changedSinceLastCommit(status) { changes[path] = nil }
        return CheckoutHistory(top: top, changes: changes.map { ($0.key, $0.value) }.sorted { $0.path < $1.path })
    }

    /// The changes of the files below `root` (a folder inside the checkout), by path relative to `root`.
    func lastChanges(below root: String) -> [String: Date] {
        let prefix = root == top ? "" : String(root.dropFirst(top.count + 1)) + "/"
        // The paths below `root` follow one another from the first not before `prefix`: each site of a checkout
        // reads its own files, not the whole checkout's.
        var low = 0, high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].path < prefix { low = middle + 1 } else { high = middle }
        }
        var below: [String: Date] = [:]
        for (path, date) in changes[low...] {
            guard path.hasPrefix(prefix) else { break }
            below[String(path.dropFirst(prefix.count))] = date
        }
        return below
    }

    /// The paths, from the top, that `git status -z` lists.
    private static func changedSinceLastCommit(_ status: String) -> [String] {
        var paths: [String] = []
        var entries = status.split(separator: "\0").makeIterator()
        while let entry = entries.next() {
            guard entry.count > 3 else { continue }
            let code = entry.prefix(2)
            paths.append(String(entry.dropFirst(3)))
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
