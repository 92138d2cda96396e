import Foundation
import SiteKit

/// Paths of the fixture sites and helpers to build them.
enum Fixtures {
    /// `Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// `themes/clsm/static` of the repository: its copies in a fixture's output are the theme's files, not the fixture's.
    static let sharedThemeStatic = URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes/clsm/static").path

    /// True when expected trees and diagnostics should be rewritten from what the code produces.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["CLSM_RECORD"] == "1" }

    /// The "now" every fixture is built at: Sunday 12 October 2025, noon in Paris.
    static let now = BuildNow.instant(Date(timeIntervalSince1970: 1_760_263_200))

    /// The names of the folders in `Tests/Fixtures/<group>`, sorted; a missing or empty group is a mistake of the
    /// tests, reported as a case of that name, which no fixture test can pass.
    static func cases(in group: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + group))?.filter { !$0.hasPrefix(".") } ?? []
        return names.isEmpty ? ["(no fixture in Tests/Fixtures/\(group))"] : names.sorted()
    }

    /// Renders the site at `path` and returns its files and diagnostics.
    static func render(siteAt path: String, context: BuildContext = BuildContext(now: now)) -> ([OutputFile]?, DiagnosticLog) {
        var log = DiagnosticLog()
        guard let folder = SiteFolder(path: path, cwd: "/") else { return (nil, log) }
        let files = SiteBuilder(folder: folder, context: context).render(log: &log)
        return (files, log)
    }
}
