import Foundation
@testable import SiteKit
import Testing
import TestSupport

/// How the build finds Pagefind, and what it says when it cannot.
@Suite struct SearchIndexTests {
    @Test func theVariableComesFirstThenPath() throws {
        let temporary = TemporaryFolder()
        let folder = temporary.path
        #expect(FileManager.default.createFile(atPath: folder + "/pagefind_extended", contents: Data()))
        #expect(SearchIndex.findBinary(environment: ["PATH": "/nowhere:" + folder]) == folder + "/pagefind_extended")
        #expect(SearchIndex.findBinary(environment: ["PATH": folder, "CLSM_PAGEFIND": "/opt/pagefind"]) == "/opt/pagefind")
        #expect(SearchIndex.findBinary(environment: ["PATH": "/nowhere"]) == nil)
    }

    @Test func aMissingBinaryIsReportedAtTheSearchKey() {
        var log = DiagnosticLog()
        let location = SourceLocation(file: "site.yml", line: 12, column: 9)
        #expect(!SearchIndex.run(binary: nil, folder: "/tmp", at: location, log: &log))
        #expect(log.entries.map { $0.line(in: .english) } == [
            "site.yml:12:9: error: `search: true` needs Pagefind, which is not on PATH: install it with `pip install pagefind-bin`, "
                + "then set CLSM_PAGEFIND to its binary (`python3 -c 'import pagefind_bin; print(pagefind_bin.get_executable())'`), "
                + "or remove `search`",
        ])
    }
}
