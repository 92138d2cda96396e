import Foundation
import SiteKit
import Testing
import TestSupport

/// Pages are rendered on several threads; what is written must not depend on how many.
@Suite struct ThreadCountTests {
    /// The demo sites of the repository: every feature (guide, agenda, feeds) on real content.
    static let demoSites = ["", "/sites/armentieres", "/sites/arras"]

    @Test(arguments: demoSites)
    func theOutputIsTheSameWhateverTheNumberOfThreads(_ site: String) throws {
        let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path
        let folder = try #require(SiteFolder(path: repository + site, cwd: "/"))
        var trees: [Int: FileTree] = [:]
        for jobs in [1, 2, 5] {
            let temporary = TemporaryFolder()
            let output = temporary.path + "/public"
            var log = DiagnosticLog()
            let context = BuildContext(now: Fixtures.now, jobs: jobs)
            #expect(SiteBuilder(folder: folder, context: context).build(into: output, log: &log))
            #expect(!log.hasErrors)
            trees[jobs] = FileTree(readingFrom: output)
        }
        #expect(trees[1]?.files.count ?? 0 > 50)
        #expect(trees[1] == trees[2])
        #expect(trees[1] == trees[5])
    }

    @Test func aBuildInMemoryGivesTheFilesABuildWrites() throws {
        let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path
        let (files, log) = Fixtures.render(siteAt: repository + "/sites/arras")
        #expect(!log.hasErrors)
        let folder = try #require(SiteFolder(path: repository + "/sites/arras", cwd: "/"))
        let temporary = TemporaryFolder()
        let output = temporary.path + "/public"
        var buildLog = DiagnosticLog()
        #expect(SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: output, log: &buildLog))
        let written = FileTree(readingFrom: output)
        #expect(Set(written.files.keys) == Set((files ?? []).map(\.path)).union([".clsm-output"]))
        for file in files ?? [] {
            guard let text = file.contents.text else { continue }
            #expect(written.files[file.path] == Data(text.utf8), "\(file.path)")
        }
    }
}
