import Foundation
import SiteKit
import TestSupport

/// A site written by a test into a new temporary folder, beside a copy of the fixture themes; the folder is removed
/// when the last copy of the value is gone.
///
/// For names a repository should not hold: two files whose names differ only by case or Unicode form
/// cannot both be checked out on macOS or Windows.
struct TemporarySite {
    private let folder = TemporaryFolder()
    /// The folder holding `site/` and `themes/`.
    var root: String { folder.path }
    /// The site folder.
    var path: String { root + "/site" }

    /// A site with a minimal `site.yml` (published under `/clsm/`, theme `plain`) and `files` (relative path, text).
    /// A list rather than a dictionary: Swift takes names in two Unicode forms for one key.
    init(_ files: [(String, String)]) throws {
        try FileManager.default.copyItem(atPath: Fixtures.root + "/themes", toPath: root + "/themes")
        for (relative, text) in [("site.yml", Self.config())] + files {
            let url = URL(fileURLWithPath: path + "/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The minimal `site.yml`, with a menu of `menu` (title, source path) when it is not empty.
    static func config(menu: [(title: String, page: String)] = []) -> String {
        let entries = menu.map { "  - title: \($0.title)\n    page: \($0.page)\n" }.joined()
        return "title: Test\nbase_url: https://example.org/clsm/\ntheme: plain\ncontact:\n  name: Coordination\n"
            + (menu.isEmpty ? "" : "menu:\n" + entries)
    }

    /// The diagnostics of a build in memory, as printed; empty when it succeeded.
    func diagnostics() -> [String] {
        Fixtures.render(siteAt: path).1.sorted.map { $0.line(in: .english) }
    }
}
