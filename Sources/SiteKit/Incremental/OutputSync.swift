import Glibc

/// Keeps an output folder equal to the latest incremental build, writing only the files whose bytes changed.
///
/// The first sync writes the whole folder through `OutputWriter` (so its refusals apply: never a folder clsm did not
/// make, never the sources); later ones replace changed files one by one (written beside, then renamed over) and
/// remove the files the site no longer has.
public struct OutputSync: Sendable {
    /// The output folder, absolute.
    public let output: String
    /// The site it is the output of.
    public let folder: SiteFolder
    /// Output path → what was written there.
    private var written: [String: FileStamp] = [:]
    private var isPopulated = false
    /// The paths of the last build applied: none of `written` is outside them.
    private var lastPaths: Set<String> = []

    /// A sync into `output` (absolute).
    public init(output: String, folder: SiteFolder) {
        self.output = output
        self.folder = folder
    }

    /// Makes the folder hold `build`; returns the output paths written or removed (sorted), nil (reason in `log`) on
    /// failure, after which the next sync writes the whole folder again.
    public mutating func apply(_ build: IncrementalBuild, log: inout DiagnosticLog) -> [String]? {
        let stamps = build.files.map { FileStamp(of: $0.contents) }
        guard isPopulated else {
            guard build.isComplete, OutputWriter.write(build.files, to: output, folder: folder, log: &log) else { return nil }
            written = Dictionary(zip(build.files.map(\.path), stamps), uniquingKeysWith: { $1 })
            isPopulated = true
            lastPaths = build.paths
            return build.files.map(\.path).sorted()
        }
        var changed: [String] = []
        for (file, stamp) in zip(build.files, stamps) where written[file.path] != stamp {
            guard replace(file) else {
                log.error(.cannotWriteOutput(file.path), at: SourceLocation(file: folder.relative(output)))
                isPopulated = false
                return nil
            }
            written[file.path] = stamp
            changed.append(file.path)
        }
        let paths = build.paths
        // Files written now are among the paths: with the same paths as last time (one set, when only bodies changed),
        // nothing is to be removed.
        if paths != lastPaths {
            for path in written.keys where !paths.contains(path) {
                FileSystem.removeTree(Path.join(output, path))
                removeEmptyFolders(above: path)
                written[path] = nil
                changed.append(path)
            }
            lastPaths = paths
        }
        return changed.sorted()
    }

    private func replace(_ file: OutputFile) -> Bool {
        // Paths come from slugs and checked aliases; this is the last guard against leaving the folder.
        guard let normalized = Path.normalize(file.path), normalized == file.path, !file.path.hasPrefix("/") else { return false }
        let target = Path.join(output, file.path)
        let parent = Path.parent(of: target)
        let staging = Path.join(parent, ".clsm-write")
        guard FileSystem.createDirectories(parent) else { return false }
        let bytes: [UInt8]
        switch file.contents {
        case .text(let text): bytes = Array(text.utf8)
        case .utf8(let utf8): bytes = utf8
        case .copy(let source):
            guard let read = FileSystem.read(source) else { return false }
            bytes = read
        }
        guard FileSystem.write(bytes, to: staging), FileSystem.rename(staging, to: target) else {
            FileSystem.removeTree(staging)
            return false
        }
        return true
    }

    private func removeEmptyFolders(above path: String) {
        var folder = Path.parent(of: path)
        while !folder.isEmpty, FileSystem.names(in: Path.join(output, folder)).isEmpty {
            FileSystem.removeTree(Path.join(output, folder))
            folder = Path.parent(of: folder)
        }
    }
}

/// What an output file holds, compared between builds: a hash of generated text, or the identity of a copied file.
enum FileStamp: Equatable, Sendable {
    case text(Int)
    case copy(source: String, size: Int, modified: Int, inode: UInt64)
    case unknown

    init(of contents: OutputFile.Contents) {
        switch contents {
        case .text(let text):
            var fingerprint = TemplateFingerprint()
            fingerprint.add(text)
            self = fingerprint.finalize().map(FileStamp.text) ?? .unknown
        case .utf8(let bytes):
            var fingerprint = TemplateFingerprint()
            bytes.withUnsafeBufferPointer { fingerprint.add(utf8: $0) }
            self = fingerprint.finalize().map(FileStamp.text) ?? .unknown
        case .copy(let source):
            var info = stat()
            guard stat(source, &info) == 0 else {
                self = .unknown
                return
            }
            self = .copy(source: source, size: Int(info.st_size), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                         inode: UInt64(info.st_ino))
        }
    }

    static func == (lhs: FileStamp, rhs: FileStamp) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): return a == b
        case let (.copy(a, b, c, d), .copy(e, f, g, h)): return a == e && b == f && c == g && d == h
        default: return false // `unknown` equals nothing: such a file is always written
        }
    }
}
