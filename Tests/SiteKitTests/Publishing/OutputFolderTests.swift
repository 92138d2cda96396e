import Foundation
import SiteKit
import Testing

/// The output folder is replaced whole by a successful build, and left as it was by any other.
@Suite struct OutputFolderTests {
    private let page = "---\ntitle: Page\n---\nTexte.\n"

    private func build(_ site: TemporarySite, into output: String) -> (Bool, [String]) {
        var log = DiagnosticLog()
        guard let folder = SiteFolder(path: site.path, cwd: "/") else { return (false, []) }
        let built = SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).build(into: output, log: &log)
        return (built, log.sorted.map { $0.line(in: .english) })
    }

    @Test func filesOfDeletedPagesDisappearAndTheMarkerStays() throws {
        let site = try TemporarySite([("content/a.md", page), ("content/b.md", page)])
        let output = site.root + "/public"
        #expect(build(site, into: output).0)
        #expect(FileTree(readingFrom: output).files["b/index.html"] != nil)
        try FileManager.default.removeItem(atPath: site.path + "/content/b.md")
        #expect(build(site, into: output).0)
        let files = FileTree(readingFrom: output).files
        #expect(files["b/index.html"] == nil)
        #expect(files["a/index.html"] != nil)
        #expect(files[OutputWriter.markerName] != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("clsm-") }
        #expect(leftovers == [])
    }

    @Test func aBuildWithAnErrorLeavesThePreviousOutputByteIdentical() throws {
        let site = try TemporarySite([("content/a.md", page)])
        let output = site.root + "/public"
        #expect(build(site, into: output).0)
        let before = FileTree(readingFrom: output)
        try Data("---\ntitle: Page\n---\n[cassé](#nulle-part)\n".utf8).write(to: URL(fileURLWithPath: site.path + "/content/a.md"))
        let (built, diagnostics) = build(site, into: output)
        #expect(!built)
        #expect(diagnostics == ["content/a.md:4:1: error: the link `#nulle-part` leads to no anchor of this page"])
        #expect(FileTree(readingFrom: output) == before)
    }

    @Test func aFolderNotMadeByClsmIsRefusedAndUntouched() throws {
        let site = try TemporarySite([("content/a.md", page)])
        let output = site.root + "/documents"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("précieux".utf8).write(to: URL(fileURLWithPath: output + "/note.txt"))
        let (built, diagnostics) = build(site, into: output)
        #expect(!built)
        #expect(diagnostics.count == 1 && diagnostics[0].contains("it was not made by clsm"))
        #expect(FileTree(readingFrom: output).files == ["note.txt": Data("précieux".utf8)])
    }

    @Test func aLinkToAFolderIsRefusedAndItsTargetUntouched() throws {
        let site = try TemporarySite([("content/a.md", page)])
        let target = site.root + "/ailleurs"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: target + "/" + OutputWriter.markerName))
        try FileManager.default.createSymbolicLink(atPath: site.root + "/public", withDestinationPath: target)
        let (built, diagnostics) = build(site, into: site.root + "/public")
        #expect(!built)
        #expect(diagnostics.count == 1 && diagnostics[0].contains("it is not a folder"))
        #expect(FileTree(readingFrom: target).files == [OutputWriter.markerName: Data("x".utf8)])
    }

    @Test(arguments: ["content/public", "static/public", "layouts/x", "."])
    func anOutputInsideTheSourcesIsRefused(_ relative: String) throws {
        let site = try TemporarySite([("content/a.md", page), ("static/s.txt", "s"), ("layouts/.keep", "")])
        let before = FileTree(readingFrom: site.path)
        let (built, diagnostics) = build(site, into: URL(fileURLWithPath: site.path + "/" + relative).standardizedFileURL.path)
        #expect(!built)
        #expect(diagnostics.count == 1 && diagnostics[0].contains("refusing to write the output"))
        #expect(FileTree(readingFrom: site.path) == before)
    }

    @Test func anEmptyFolderIsTakenAndAMissingOneCreated() throws {
        let site = try TemporarySite([("content/a.md", page)])
        try FileManager.default.createDirectory(atPath: site.root + "/vide", withIntermediateDirectories: true)
        #expect(build(site, into: site.root + "/vide").0)
        #expect(build(site, into: site.root + "/nouveau/dossier").0)
        #expect(FileTree(readingFrom: site.root + "/nouveau/dossier").files["a/index.html"] != nil)
    }
}
