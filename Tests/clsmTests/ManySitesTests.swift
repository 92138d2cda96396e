import Foundation
import Testing

/// `clsm build SITE…` builds sites side by side, reports them in the order given, and a failing site fails the run
/// without keeping the others from being written.
@Suite struct ManySitesTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]

    /// A workspace with three copies of a fixture: `site`, `b` and `c`.
    func threeSites(_ fixture: String) throws -> Workspace {
        let workspace = try Workspace(copying: fixture)
        for name in ["b", "c"] { try FileManager.default.copyItem(atPath: workspace.site, toPath: workspace.root + "/" + name) }
        return workspace
    }

    @Test func aFailingSiteFailsTheRunAndTheOthersAreWrittenAndReportedInOrder() throws {
        let workspace = try threeSites("basic")
        try "---\ntitle: [a]\n---\n".write(toFile: workspace.root + "/b/content/presentation.md", atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["build", "site", "b", "c", "--jobs", "2"], in: workspace.root, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stdout == "site: built 17 files into site/public\nc: built 17 files into c/public\n")
        #expect(result.stderr == "b/content/presentation.md:2:1: error: `title` must be a single value, not a list\n"
            + "b: 1 error, 0 warnings; the output was not changed\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/b/public"))
    }

    @Test(arguments: ["1", "2"])
    func aSecondRunReplacesTheOutputsLeavesNothingBesideThemAndKeepsAFailingSitesOwn(_ jobs: String) throws {
        let workspace = try threeSites("basic")
        #expect(try CommandRunner.run(["build", "site", "b", "c", "--jobs", jobs], in: workspace.root, environment: pinned).status == 0)
        let before = workspace.tree("../b/public")
        try "---\ntitle: [a]\n---\n".write(toFile: workspace.root + "/b/content/presentation.md", atomically: false, encoding: .utf8)
        try "---\ntitle: Présentation\n---\nUn texte changé.\n".write(toFile: workspace.root + "/c/content/presentation.md",
                                                                        atomically: false, encoding: .utf8)
        let second = try CommandRunner.run(["build", "site", "b", "c", "--jobs", jobs], in: workspace.root, environment: pinned)
        #expect(second.status == 1)
        #expect(workspace.tree("../b/public") == before)
        let changed = workspace.tree("../c/public")["presentation/index.html"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(changed.contains("Un texte changé."))
        for name in ["site", "b", "c"] {
            let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/" + name).filter { $0.contains("clsm-") }
            #expect(beside == [])
        }
    }

    @Test func sitesBuiltSideBySideWithOneThemeAreByteIdenticalToSitesBuiltAlone() throws {
        // `publishing` has no layouts/ of its own: the three sites share the theme loaded once.
        let workspace = try threeSites("publishing")
        let together = try CommandRunner.run(["build", "site", "b", "c", "--jobs", "2"], in: workspace.root, environment: pinned)
        #expect(together.status == 0)
        let sideBySide = ["site", "b", "c"].map { workspace.tree("../\($0)/public") }
        // Each alone: its own theme, loaded for it.
        var printed = ""
        for site in ["site", "b", "c"] {
            printed += try CommandRunner.run(["build", site, "--jobs", "1"], in: workspace.root, environment: pinned).stdout
        }
        #expect(printed == together.stdout)
        let oneByOne = ["site", "b", "c"].map { workspace.tree("../\($0)/public") }
        #expect(sideBySide == oneByOne)
        #expect(!sideBySide[0].isEmpty)
    }
}
