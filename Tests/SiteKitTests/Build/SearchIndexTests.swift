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

    /// Pagefind splits words at `'` and not at `’`: it reads a copy of the pages with plain apostrophes, the HTML files
    /// only, at their paths, and never the copy itself.
    @Test func pagefindReadsTheHTMLPagesWithPlainApostrophes() throws {
        let temporary = TemporaryFolder()
        let site = temporary.path + "/site"
        #expect(FileSystem.createDirectories(site + "/guide/gem"))
        #expect(FileSystem.write("<p>Un lieu d’hébergement, « l’été »</p>", to: site + "/guide/gem/index.html"))
        #expect(FileSystem.write("l’agenda", to: site + "/agenda.ics"))
        let copy = site + "/" + SearchSource.folderName
        #expect(SearchSource.write(from: site, into: copy) == nil)
        #expect(FileSystem.read(copy + "/guide/gem/index.html") == Array("<p>Un lieu d'hébergement, « l'été »</p>".utf8))
        #expect(!FileSystem.isFile(copy + "/agenda.ics"))
        #expect(FileSystem.names(in: copy) == ["guide"])
        #expect(FileSystem.read(site + "/guide/gem/index.html") == Array("<p>Un lieu d’hébergement, « l’été »</p>".utf8))
    }

    @Test(arguments: [("", ""), ("’", "'"), ("d’é’", "d'é'"), ("‘’”", "‘'”")])
    func onlyTheTypographicApostropheChanges(_ text: String, _ expected: String) {
        #expect(SearchSource.plainApostrophes(Array(text.utf8)) == Array(expected.utf8))
        #expect(SearchSource.plainApostrophes([0x61, 0xE2, 0x80]) == [0x61, 0xE2, 0x80], "a cut sequence stays as it is")
    }
}
