import Foundation
@testable import SiteKit
import Testing

/// Where a rendered file goes: kept, dropped, or written into the output being made, a failed write reported.
@Suite struct PageDestinationTests {
    @Test func aFileThatCannotBeWrittenIsReportedAtTheOutputAndNothingLeavesIt() throws {
        let site = try TemporarySite([])
        let folder = try #require(SiteFolder(path: site.path, cwd: "/"))
        var log = DiagnosticLog()
        let staging = try #require(OutputStaging.begin(output: site.path + "/public", folder: folder, log: &log))
        defer { staging.abandon() }
        let placed = PageDestination.staging(staging).place(
            [OutputFile(path: "bon.json", contents: .text("{}")), OutputFile(path: "../dehors.html", contents: .text("<p>x</p>"))],
            log: &log)
        #expect(log.sorted.map { $0.line(in: .english) } == ["public:1:1: error: cannot write `../dehors.html` in the output"])
        #expect(placed.files.isEmpty)
        #expect(placed.otherPaths == ["bon.json", "../dehors.html"])
        #expect(!FileManager.default.fileExists(atPath: site.path + "/dehors.html"))
    }

    @Test func memoryKeepsTheFilesAndDiscardDropsThem() {
        var log = DiagnosticLog()
        let file = OutputFile(path: "a/index.html", contents: .text("<h1 id=\"t\">T</h1>"))
        let kept = PageDestination.memory.place([file], log: &log)
        #expect(kept.files.map(\.path) == ["a/index.html"] && kept.references["a/index.html"]?.ids == ["t"])
        let dropped = PageDestination.discard.place([file], log: &log)
        #expect(dropped.files.isEmpty && dropped.otherPaths == ["a/index.html"] && dropped.references["a/index.html"]?.ids == ["t"])
        #expect(log.entries.isEmpty)
    }
}
