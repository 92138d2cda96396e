import Foundation

/// A new empty folder in the temporary directory, removed with everything in it when the last copy of the value
/// that holds it is gone: the one way the tests make temporary files, so that none is left behind.
public final class TemporaryFolder: Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Makes `<parent>/<prefix>-<UUID>`, the parent being `$CLSM_TEST_TMPDIR` when set, else the temporary directory.
    /// `scripts/test` gives the tests a `CLSM_TEST_TMPDIR` of their own and fails when anything is left in it
    /// (not `TMPDIR`, where SwiftPM keeps its own locks and scratch folders).
    public init(prefix: String = "clsm-tests") {
        let parent = ProcessInfo.processInfo.environment["CLSM_TEST_TMPDIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
        path = parent.appendingPathComponent(prefix + "-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
