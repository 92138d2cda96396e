import Foundation
import SiteKit
import Testing
import TestSupport

/// Every site of `Tests/Fixtures/sites` builds to exactly its `expected/` tree (`CLSM_RECORD=1` rewrites them).
@Suite struct FixtureSiteTests {
    @Test(arguments: Fixtures.cases(in: "sites"))
    func buildsToItsExpectedTree(_ name: String) throws {
        let site = Fixtures.root + "/sites/" + name
        let temporary = TemporaryFolder()
        let output = temporary.path + "/public"
        var log = DiagnosticLog()
        let folder = try #require(SiteFolder(path: site, cwd: "/"))
        let built = SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: output, log: &log)
        #expect(log.sorted.map { $0.line(in: .english) } == [])
        #expect(built)

        let actual = FileTree(readingFrom: output).leavingOut(copiesOf: Fixtures.sharedThemeStatic)
        if Fixtures.isRecording {
            RecordedChanges.print(RecordedChanges.lines(from: FileTree(readingFrom: site + "/expected"), to: actual),
                                  recording: "Tests/Fixtures/sites/\(name)/expected")
            try actual.write(to: site + "/expected")
        }
        let expected = FileTree(readingFrom: site + "/expected")
        #expect(!expected.files.isEmpty, "no expected tree: run with CLSM_RECORD=1 once and review it")
        #expect(actual.differences(from: expected) == [])
    }

    @Test func aMissingFixtureGroupIsACaseNoTestPasses() {
        #expect(Fixtures.cases(in: "absente") == ["(no fixture in Tests/Fixtures/absente)"])
        #expect(SiteFolder(path: Fixtures.root + "/sites/" + Fixtures.cases(in: "absente")[0], cwd: "/") == nil)
        #expect(Fixtures.cases(in: "sites").count >= 6)
    }
}
