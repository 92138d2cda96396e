import Glibc

/// Empties folders through their descriptors: each entry removed by its name within its folder, its type taken from
/// the folder's listing, so that a tree of thousands of files costs one call a file and no path is walked twice.
enum TreeRemoval {
    /// Removes everything inside the open folder `folder` and closes it; false when something stayed.
    static func empty(_ folder: Int32) -> Bool {
        guard let listing = fdopendir(folder) else {
            close(folder)
            return false
        }
        defer { closedir(listing) }
        // Names first, removals after: a folder is not changed while it is being read.
        var entries: [(name: [CChar], isFolder: Bool)] = []
        while let entry = readdir(listing) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }
            entries.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        var emptied = true
        for entry in entries {
            emptied = remove(entry.name, isFolder: entry.isFolder, in: folder) && emptied
        }
        return emptied
    }

    /// Removes the entry `name` of `folder`, a whole tree when it is a folder; links are removed, never followed.
    private static func remove(_ name: [CChar], isFolder: Bool, in folder: Int32) -> Bool {
        // A file system that gives no type in listings answers EISDIR to the unlink of a folder.
        if !isFolder && (unlinkat(folder, name, 0) == 0 || errno == ENOENT) { return true }
        if !isFolder && errno != EISDIR { return false }
        let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard inner >= 0 else { return false }
        let emptied = empty(inner)
        return unlinkat(folder, name, AT_REMOVEDIR) == 0 && emptied
    }
}
