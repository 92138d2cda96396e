import Foundation
import SiteKit
import Testing

/// Every site of `Tests/Fixtures/invalid` fails with exactly the diagnostics of its `expected-errors.txt`, in French,
/// the default language; those with an `expected-errors.en.txt` give the same diagnostics in English too.
@Suite struct InvalidFixtureTests {
    @Test(arguments: Fixtures.cases(in: "invalid"))
    func reportsExactlyItsExpectedDiagnostics(_ name: String) throws {
        let site = Fixtures.root + "/invalid/" + name
        let (files, log) = Fixtures.render(siteAt: site)
        #expect(files == nil)
        for (language, file) in [(MessageLanguage.french, "expected-errors.txt"), (.english, "expected-errors.en.txt")] {
            let expectedPath = site + "/" + file
            guard language == .french || FileManager.default.fileExists(atPath: expectedPath) else { continue }
            let actual = log.sorted.map { $0.line(in: language) }.joined(separator: "\n") + "\n"
            if Fixtures.isRecording {
                let recorded = (try? String(contentsOfFile: expectedPath, encoding: .utf8)) ?? ""
                RecordedChanges.print(RecordedChanges.lines(from: recorded, to: actual),
                                      recording: "Tests/Fixtures/invalid/\(name)/\(file)")
                try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            #expect(actual == expected)
        }
    }
}
