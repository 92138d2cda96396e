import Foundation
import TestSupport

/// A throwaway copy of a fixture site, with the fixture themes beside it, to run the command on; removed when the last
/// copy of the value is gone.
struct Workspace {
    private let folder: TemporaryFolder
    /// The folder holding `site/` and `themes/`.
    var root: String { folder.path }
    /// The site folder.
    var site: String { root + "/site" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// Copies `Tests/Fixtures/sites/<name>` (without its expected tree) into a new temporary folder named `prefix-<UUID>`.
    init(copying name: String, prefix: String = "clsm-cli") throws {
        folder = TemporaryFolder(prefix: prefix)
        let manager = FileManager.default
        try manager.copyItem(atPath: Self.fixtures + "/sites/" + name, toPath: site)
        try? manager.removeItem(atPath: site + "/expected")
        try manager.copyItem(atPath: Self.fixtures + "/themes", toPath: root + "/themes")
    }

    /// Writes `text` to `relativePath` in the site.
    func write(_ text: String, to relativePath: String) throws {
        try text.write(toFile: site + "/" + relativePath, atomically: false, encoding: .utf8)
    }

    /// Every file below `relativePath` of the site, with its bytes.
    func tree(_ relativePath: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = site + "/" + relativePath
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }
}
