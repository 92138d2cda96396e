import Foundation
import Testing
import TestSupport
@testable import SiteKit

/// `clsm build --timings`: which stages are timed, in what order, and how the lines read.
@Suite struct BuildTimingsTests {
    @Test func aBuildTimesEachStageInOrderAndTheEnginesOfEveryPage() throws {
        let folder = try #require(SiteFolder(path: Fixtures.root + "/sites/basic", cwd: "/"))
        var log = DiagnosticLog()
        var timings = BuildTimings(enabled: true)
        let temporary = TemporaryFolder()
        let output = temporary.path + "/public"
        #expect(SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: output, log: &log, timings: &timings) != nil)
        #expect(timings.stages.map(\.name) == ["read and validate", "load the theme", "resolve", "exports and feeds", "pages",
                                               "check the links", "write the rest, move into place"])
        // The whole build holds its stages and the steps between them.
        #expect(timings.totalSeconds >= timings.stages.reduce(0) { $0 + $1.seconds })
        // Every page goes through both engines, so their time cannot be nothing.
        #expect(timings.templateSeconds > 0)
        #expect(timings.markdownSeconds > 0)
    }

    @Test func aDisabledRecordReadsNoClock() throws {
        let folder = try #require(SiteFolder(path: Fixtures.root + "/sites/basic", cwd: "/"))
        var log = DiagnosticLog()
        var timings = BuildTimings(enabled: false)
        #expect(SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: nil, log: &log, timings: &timings) != nil)
        #expect(timings.stages.isEmpty && timings.totalSeconds == 0)
        #expect(timings.templateSeconds == 0 && timings.markdownSeconds == 0)
    }

    @Test func linesGiveMillisecondsAlignedAndTheTotalOfTheStages() {
        var timings = BuildTimings(enabled: true)
        timings.record("resolve", seconds: 1.5)
        timings.record("pages", seconds: 12.3456)
        timings.record("check the links", seconds: 0.0004)
        timings.totalSeconds = 14
        timings.templateSeconds = 20.0009
        timings.markdownSeconds = 0.05
        #expect(timings.lines(threads: 1) == [
            "timings, 1 thread: wall time of each stage",
            "  resolve                       1.500 s",
            "  pages                         12.346 s",
            "  check the links               0.000 s",
            "  between the stages            0.154 s",
            "  total                         14.000 s",
            "processor time of the page threads, summed over threads",
            "  templates                     20.001 s",
            "  Markdown (cmark, ids, links)  0.050 s",
        ])
        #expect(timings.lines(threads: 2).first == "timings, 2 threads: wall time of each stage")
    }
}
