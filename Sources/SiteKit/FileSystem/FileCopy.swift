import Glibc

/// Copies a file into a new file: a clone sharing the blocks copy-on-write where the file system has them (Btrfs,
/// XFS), else a copy made inside the kernel, else read and written. Each way gives a file of its own: writing to the
/// copy later never changes the source (a theme's file), unlike a hard link.
enum FileCopy {
    /// `FICLONE`, which Swift's Glibc does not name: `_IOW(0x94, 9, int)`.
    private static let cloneRequest = UInt(0x4004_9409)

    /// Copies `source` to a new file at `destination` (replacing it), without fsync; false on failure.
    static func copy(_ source: String, to destination: String) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard output >= 0 else { return false }
        let copied = ioctl(output, cloneRequest, input) == 0
            || sendAll(from: input, to: output, count: Int(info.st_size))
            || readAndWrite(from: input, to: output)
        return close(output) == 0 && copied
    }

    /// The kernel's copy; false when it refuses (an old kernel, a special file system) or stops short.
    private static func sendAll(from input: Int32, to output: Int32, count: Int) -> Bool {
        var offset = off_t(0)
        while offset < count {
            if sendfile(output, input, &offset, count - Int(offset)) <= 0 { return false }
        }
        // The source may have grown since its size was read: what is past it is copied too.
        var byte: UInt8 = 0
        return pread(input, &byte, 1, offset) == 0 || readAndWrite(from: input, to: output, at: offset)
    }

    /// Reads from `offset` to the end, writes what was read at the same place, and ends the output there.
    private static func readAndWrite(from input: Int32, to output: Int32, at offset: off_t = 0) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var position = offset
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(input, $0.baseAddress, $0.count, position) }
            if count < 0 { return false }
            if count == 0 { return ftruncate(output, position) == 0 }
            var written = 0
            while written < count {
                let step = buffer.withUnsafeBytes { pwrite(output, $0.baseAddress.map { $0 + written }, count - written, position + off_t(written)) }
                if step <= 0 { return false }
                written += step
            }
            position += off_t(count)
        }
    }
}
