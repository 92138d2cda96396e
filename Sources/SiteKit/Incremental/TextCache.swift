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

    /// The text of `path`: the kept one when the file is unchanged, else read by `SourceLoader`.
    mutating func read(_ path: String, file: String, log: inout DiagnosticLog) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            entries[path] = nil
            return SourceLoader.readText(path, as: file, log: &log)
        }
        let stamp = Stamp(size: Int(info.st_size), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                          changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec, inode: UInt64(info.st_ino))
        if let entry = entries[path], entry.stamp == stamp { return entry.text }
        let text = SourceLoader.readText(path, as: file, log: &log)
        entries[path] = text.map { (stamp, $0) }
        return text
    }

    /// The text kept for `path`, as last read; nil when it was never read or could not be.
    func text(at path: String) -> String? {
        entries[path]?.text
    }
}
