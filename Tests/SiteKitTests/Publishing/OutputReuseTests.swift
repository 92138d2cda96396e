import Foundation
@testable import SiteKit
import Testing

/// A build takes again the previous output's files whose bytes are unchanged (a second name of the same file), writes
/// the others anew, and leaves every file of the output its own: a copy of the theme's file, never a name of it.
@Suite struct OutputReuseTests {
    private let page = "---\ntitle: Page\n---\nTexte.\n"

    private func build(_ site: TemporarySite) -> Bool {
        var log = DiagnosticLog()
        guard let folder = SiteFolder(path: site.path, cwd: "/") else { return false }
        return SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: site.path + "/public", log: &log)
    }

    private func info(_ path: String) throws -> stat {
        var info = stat()
        try #require(lstat(path, &info) == 0)
        return info
    }

    /// Every file of `folder` with the number of names it has.
    private func linkCounts(_ folder: String) throws -> [String: Int] {
        let files = FileTree(readingFrom: folder).files.keys
        return try Dictionary(uniqueKeysWithValues: files.map { ($0, Int(try info(folder + "/" + $0).st_nlink)) })
    }

    @Test func anUnchangedFileIsTakenAgainAndAChangedOneWrittenAnew() throws {
        let site = try TemporarySite([("content/a.md", page), ("content/b.md", page)])
        let output = site.path + "/public"
        #expect(build(site))
        let a = try info(output + "/a/index.html").st_ino
        let b = try info(output + "/b/index.html").st_ino
        try Data("---\ntitle: Page\n---\nAutre texte.\n".utf8).write(to: URL(fileURLWithPath: site.path + "/content/b.md"))
        #expect(build(site))
        #expect(try info(output + "/a/index.html").st_ino == a)
        #expect(try info(output + "/b/index.html").st_ino != b)
        #expect(String(decoding: FileTree(readingFrom: output).files["b/index.html"] ?? Data(), as: UTF8.self).contains("Autre texte."))
        #expect(try linkCounts(output).values.allSatisfy { $0 == 1 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("clsm-") }
        #expect(leftovers == [])
    }

    @Test func aFileWithAnotherNameIsWrittenAnew() throws {
        let site = try TemporarySite([("content/a.md", page)])
        let output = site.path + "/public"
        #expect(build(site))
        let backup = site.root + "/sauvegarde.html"
        try #require(link(output + "/a/index.html", backup) == 0)
        #expect(build(site))
        #expect(try info(output + "/a/index.html").st_ino != info(backup).st_ino)
        #expect(try info(backup).st_nlink == 1)
        #expect(FileManager.default.contents(atPath: backup) == FileManager.default.contents(atPath: output + "/a/index.html"))
    }

    @Test func aFailedBuildLeavesThePreviousFilesAsTheyWereWithOneNameEach() throws {
        let site = try TemporarySite([("content/a.md", page), ("content/b.md", page)])
        let output = site.path + "/public"
        #expect(build(site))
        let before = FileTree(readingFrom: output)
        try Data("---\ntitle: Page\n---\n[cassé](#nulle-part)\n".utf8).write(to: URL(fileURLWithPath: site.path + "/content/b.md"))
        #expect(!build(site))
        #expect(FileTree(readingFrom: output) == before)
        #expect(try linkCounts(output).values.allSatisfy { $0 == 1 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("clsm-") }
        #expect(leftovers == [])
    }

    @Test func aStaticFileIsCopiedAndAnEditOfItsSourceLeavesTheOutputAsItWas() throws {
        let site = try TemporarySite([("content/a.md", page)])
        let source = site.root + "/themes/plain/static/style.css"
        let copy = site.path + "/public/style.css"
        let original = try #require(FileManager.default.contents(atPath: source))
        for _ in 0..<2 {
            #expect(build(site))
            #expect(FileManager.default.contents(atPath: copy) == original)
            #expect(try info(copy).st_ino != info(source).st_ino)
        }
        // Written in place, as an editor may: the output keeps the bytes it was built with.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: source))
        try handle.write(contentsOf: Data("/* modifié */".utf8))
        try handle.close()
        #expect(FileManager.default.contents(atPath: copy) == original)
        #expect(build(site))
        #expect(FileManager.default.contents(atPath: copy) == FileManager.default.contents(atPath: source))
        #expect(FileManager.default.contents(atPath: copy) != original)
    }
}
