import Glibc

/// The texts of the site's files as last read, so that a file whose size, times and inode are unchanged is not
/// read and decoded again. Files that could not be read are not kept: their errors come again at each build.
struct TextCache {
    private struct Stamp: Equatable {
        let size: Int
        let modified: Int
        let changed: Int
        let inode: UInt64
    }

    private var entries: [String: (stamp: Stamp, text: String)] = [:]
    /// The text the last good build read of each file read again since (nil: it had none), so that the cache is never
    /// copied whole to remember that build's texts.
    private var atLastGoodBuild: [String: String?] = [:]

    /// The text of `path`: the kept one when the file is unchanged, else read by `SourceLoader`.
    mutating func read(_ path: String, file: String, log: inout DiagnosticLog) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            forget(path)
            return SourceLoader.readText(path, as: file, log: &log)
        }
        let stamp = Stamp(size: Int(info.st_size), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                          changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec, inode: UInt64(info.st_ino))
        if let entry = entries[path], entry.stamp == stamp { return entry.text }
        let text = SourceLoader.readText(path, as: file, log: &log)
        forget(path)
        entries[path] = text.map { (stamp, $0) }
        return text
    }

    /// The text of `path` as the last good build read it; nil when it did not read it or could not.
    func textAtLastGoodBuild(_ path: String) -> String? {
        atLastGoodBuild[path] ?? entries[path]?.text
    }

    /// Takes the texts read so far as those of the last good build.
    mutating func markGoodBuild() {
        atLastGoodBuild = [:]
    }

    private mutating func forget(_ path: String) {
        if atLastGoodBuild[path] == nil { atLastGoodBuild[path] = .some(entries[path]?.text) }
        entries[path] = nil
    }
}
