import Glibc

/// The output a build is about to replace. A new file whose bytes its namesake there already holds is given as a
/// second name (a hard link) of that file rather than written again: the file system then neither writes the bytes
/// nor, when the previous output is removed, frees them. The previous output stays as it was until the new one takes
/// its place, and a file is taken only when nothing else names it, so that each file of an output is its own once
/// the previous one is gone; clsm never writes into a file of an output, it always writes a new file in its place.
struct PreviousOutput: Sendable {
    /// The folder, absolute.
    let folder: String
    /// The permissions and owner a file written now gets: a file with others is written again instead.
    let mode: mode_t
    let owner: uid_t

    /// Gives `destination` as a second name of the previous output's `relativePath` when that file holds exactly
    /// `bytes`; false (nothing done) otherwise.
    func reuse(_ relativePath: String, holding bytes: UnsafeRawBufferPointer, at destination: String) -> Bool {
        let source = folder + "/" + relativePath
        let descriptor = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o7777 == mode,
              info.st_uid == owner, info.st_nlink == 1, Int(info.st_size) == bytes.count,
              Self.holds(descriptor, bytes), link(source, destination) == 0 else { return false }
        // The name may have been given to another file between the read and the link: then the file is written anew.
        var linked = stat()
        guard lstat(destination, &linked) == 0, linked.st_ino == info.st_ino, linked.st_dev == info.st_dev else {
            unlink(destination)
            return false
        }
        return true
    }

    /// True when what is left to read of `descriptor` is exactly `bytes`.
    private static func holds(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        // One byte more than expected is asked for: a file that grew is told apart in the same read.
        var buffer = [UInt8](repeating: 0, count: min(bytes.count, 262_144) + 1)
        var compared = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 || compared + count > bytes.count { return false }
            if count == 0 { return compared == bytes.count }
            let same = buffer.withUnsafeBytes { read in
                guard let start = read.baseAddress, let expected = bytes.baseAddress else { return false }
                return memcmp(start, expected + compared, count) == 0
            }
            guard same else { return false }
            compared += count
        }
    }
}
