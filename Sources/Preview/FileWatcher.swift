import Foundation
import Glibc

/// Watches folder trees with inotify and reports what changed in batches, once the changes have settled.
///
/// Every folder of a watched tree gets its own watch; folders created or moved in later are added as they appear.
/// Hidden names and editors' scratch files (`.x.swp`, `x~`, `4913`) are ignored.
public final class FileWatcher: @unchecked Sendable {
    /// How long the files must stay quiet before a batch is reported: an editor's save is several events close together.
    /// A body edit is rebuilt in about 5 ms at 10,000 pages, so this wait is most of the delay until it is served.
    public static let settleTime: TimeInterval = 0.03

    private let descriptor: Int32
    private let lock = NSLock()
    /// Watch descriptor → (folder, whether its subfolders are watched too). Guarded by `lock`.
    private var folders: [Int32: (path: String, recursive: Bool)] = [:]
    private var isStopped = false

    /// A watcher with nothing watched yet; nil when inotify is not available.
    public init?() {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if descriptor < 0 { return nil }
    }

    deinit {
        close(descriptor)
    }

    /// Watches `path` and, when `recursive`, every folder below it. Watching a folder twice is harmless; a missing
    /// folder is skipped (watch its parent to see it appear).
    public func watch(_ path: String, recursive: Bool) {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        let descriptorOfWatch = inotify_add_watch(descriptor, path, mask)
        guard descriptorOfWatch >= 0 else { return }
        let isKnown = lock.withLock {
            let known = folders[descriptorOfWatch].map { $0.path == path && ($0.recursive || !recursive) } ?? false
            if !known { folders[descriptorOfWatch] = (path, recursive) }
            return known
        }
        // A folder already watched has its subfolders watched too, and new ones are added as they appear.
        guard recursive, !isKnown, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names.sorted() where !Self.isIgnored(name) {
            var isFolder: ObjCBool = false
            let child = path + "/" + name
            if FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue {
                watch(child, recursive: true)
            }
        }
    }

    /// Reads events on a thread of its own and calls `onChange` with each settled batch of changed paths (absolute),
    /// until `stop()`.
    public func start(onChange: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in run(onChange: onChange) }
        thread.name = "clsm file watcher"
        thread.start()
    }

    /// Ends the reading thread at its next wake-up.
    public func stop() {
        lock.withLock { isStopped = true }
    }

    private func run(onChange: @Sendable (Set<String>) -> Void) {
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !lock.withLock({ isStopped }) {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let timeout = pending.isEmpty ? 250 : Int32(Self.settleTime * 1000)
            let ready = poll(&request, 1, timeout)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 { pending.formUnion(changes(in: buffer[0..<count])) }
            } else if ready == 0 && !pending.isEmpty {
                onChange(pending)
                pending = []
            }
        }
    }

    /// The paths named by a buffer of inotify events; new folders get their watches here.
    private func changes(in events: ArraySlice<UInt8>) -> Set<String> {
        var changed: Set<String> = []
        var offset = events.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= events.endIndex {
            let event = events.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - events.startIndex, as: inotify_event.self) }
            let nameBytes = events[(offset + headerSize)..<min(events.endIndex, offset + headerSize + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + Int(event.len)
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                changed.insert("")
                continue
            }
            guard let folder = lock.withLock({ folders[event.wd] }) else { continue }
            if event.mask & UInt32(IN_IGNORED) != 0 {
                lock.withLock { folders[event.wd] = nil }
                continue
            }
            if name.isEmpty {
                changed.insert(folder.path)
                continue
            }
            guard !Self.isIgnored(name) else { continue }
            let path = folder.path + "/" + name
            if folder.recursive, event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                watch(path, recursive: true)
            }
            changed.insert(path)
        }
        return changed
    }

    /// Names that are not the site's: hidden files, editors' backups and swap files, vim's write test.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || name.hasSuffix(".swp") || name.hasSuffix(".swx")
    }
}
