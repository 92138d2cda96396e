import Foundation
import SiteKit
import TestSupport

/// A throwaway copy of one of the repository's sites with the shared theme beside it, to edit and build; removed when
/// the last copy of the value is gone.
struct SiteCopy {
    private let temporary = TemporaryFolder(prefix: "clsm-preview-site")
    /// The folder holding `site/` and `themes/`.
    var root: String { temporary.path }
    var site: String { root + "/site" }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Copies `relativePath` of the repository (`sites/arras`, `Tests/Fixtures/sites/basic`) without its outputs,
    /// and the repository's and the fixtures' themes.
    init(_ relativePath: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/themes", withIntermediateDirectories: true)
        let source = Self.repository + "/" + relativePath
        try manager.createDirectory(atPath: site, withIntermediateDirectories: true)
        for name in ["site.yml", "content", "static", "layouts"] where manager.fileExists(atPath: source + "/" + name) {
            try manager.copyItem(atPath: source + "/" + name, toPath: site + "/" + name)
        }
        try manager.copyItem(atPath: Self.repository + "/themes/clsm", toPath: root + "/themes/clsm")
        try manager.copyItem(atPath: Self.repository + "/Tests/Fixtures/themes/plain", toPath: root + "/themes/plain")
    }

    /// The site folder.
    var folder: SiteFolder {
        get throws {
            guard let folder = SiteFolder(path: site, cwd: "/") else { throw CocoaError(.fileNoSuchFile) }
            return folder
        }
    }

    /// Writes `text` into `relativePath` of the site (or of the copy's root, for the themes).
    func write(_ text: String, to relativePath: String, inRoot: Bool = false) throws {
        let path = (inRoot ? root : site) + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The text of `relativePath` of the site.
    func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: site + "/" + relativePath, encoding: .utf8)
    }

    /// Every file below `path`, with its bytes.
    static func tree(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return files }
        for case let relative as String in enumerator {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path + "/" + relative)
            }
        }
        return files
    }
}
