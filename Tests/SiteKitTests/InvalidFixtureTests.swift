import Foundation
import SiteKit
import Testing

/// Every site of `Tests/Fixtures/invalid` fails with exactly the diagnostics of its `expected-errors.txt`.
@Suite struct InvalidFixtureTests {
    @Test(arguments: Fixtures.cases(in: "invalid"))
    func reportsExactlyItsExpectedDiagnostics(_ name: String) throws {
        let site = Fixtures.root + "/invalid/" + name
        let (files, log) = Fixtures.render(siteAt: site)
        #expect(files == nil)
        let actual = log.sorted.map(\.description).joined(separator: "\n") + "\n"
        let expectedPath = site + "/expected-errors.txt"
        if Fixtures.isRecording {
            let recorded = (try? String(contentsOfFile: expectedPath, encoding: .utf8)) ?? ""
            RecordedChanges.print(RecordedChanges.lines(from: recorded, to: actual),
                                  recording: "Tests/Fixtures/invalid/\(name)/expected-errors.txt")
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
    }
}
