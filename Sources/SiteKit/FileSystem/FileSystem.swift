import Glibc

/// Thin POSIX file access: fast, no per-file fsync, no Foundation slow paths.
enum FileSystem {
    /// What a directory entry is, links not followed.
    enum EntryType {
        case file
        case directory
        case symbolicLink
        case other
    }

    /// The type of `path` without following a final symbolic link; nil when it does not exist.
    static func entryType(_ path: String) -> EntryType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// True when `path` is a directory, links followed.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when `path` is a regular file, links followed.
    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The names in a directory, sorted by their bytes, `.` and `..` left out; empty when unreadable.
    static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The canonical absolute path, links resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a file, or its first `limit` bytes and a few more when it is longer; nil when it cannot be read.
    static func read(_ path: String, limit: Int = .max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? min(Int(info.st_size), limit) : 0
        var failed = false
        // The usual file is read whole straight into the array, sized by the file and one byte more to see its end.
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            guard let start = buffer.baseAddress else { return }
            while count < buffer.count {
                let read = Glibc.read(descriptor, start + count, buffer.count - count)
                if read < 0 { failed = true }
                if read <= 0 { return }
                count += read
            }
        }
        guard !failed else { return nil }
        guard bytes.count > expected else { return bytes }
        // Longer than its size said (it grew) or than the limit: read on, no further than the limit and one buffer.
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Writes `bytes` to a new file at `path` (replacing it), without fsync; false on failure.
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        bytes.withUnsafeBytes { write(buffer: $0, to: path) }
    }

    /// Writes `text` as UTF-8 to a new file at `path` (replacing it), without fsync; false on failure.
    static func write(_ text: String, to path: String) -> Bool {
        var text = text
        return text.withUTF8 { write(buffer: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `buffer` to a new file at `path` (replacing it), without fsync; false on failure.
    static func write(buffer: UnsafeRawBufferPointer, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// Creates `path` and its missing parents; false on failure.
    static func createDirectories(_ path: String) -> Bool {
        // mkdir first: a folder whose parent exists, the usual case, costs one call.
        if mkdir(path, 0o755) == 0 { return true }
        switch errno {
        case EEXIST:
            return isDirectory(path)
        case ENOENT:
            let parent = Path.parent(of: path)
            guard parent != path, !parent.isEmpty, createDirectories(parent) else { return false }
            return mkdir(path, 0o755) == 0 || isDirectory(path)
        default:
            return false
        }
    }

    /// Removes a file or a whole tree (links removed, never followed); false when something stayed.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        if unlink(path) == 0 || errno == ENOENT { return true }
        // Linux answers EISDIR for a folder; anything else is a file that cannot be removed.
        guard errno == EISDIR else { return false }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let emptied = TreeRemoval.empty(folder)
        return rmdir(path) == 0 && emptied
    }

    /// Renames atomically within one file system; false on failure.
    static func rename(_ source: String, to destination: String) -> Bool {
        Glibc.rename(source, destination) == 0
    }
}
