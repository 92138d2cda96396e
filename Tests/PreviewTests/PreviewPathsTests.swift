import Foundation
import Preview
import Testing
import TestSupport

/// The mapping from request paths to output files: what is served, and every way out that is refused.
@Suite struct PreviewPathsTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/guide/", "guide/index.html"),
        ("/guide", "guide"),
        ("/css/clsm.css", "css/clsm.css"),
        ("/agenda/evenement.ics?v=2#haut", "agenda/evenement.ics"),
        ("/documents/plan%20d%27acc%C3%A8s.pdf", "documents/plan d'accès.pdf"),
        ("/%252e%252e/secret", "%2e%2e/secret"),
        ("/a..b/c.d", "a..b/c.d"),
        ("/a?\u{301}/../etc", "a"),
    ])
    func servedPathsNameTheirFile(request: String, expected: String) {
        #expect(PreviewPaths.relativePath(for: request) == expected)
    }

    @Test(arguments: [
        "", "guide/", "../etc/passwd", "/../etc/passwd", "/guide/../../etc/passwd", "/..", "/./index.html",
        "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/guide/%2e%2e%2f%2e%2e%2fetc",
        "/..%2fetc%2fpasswd", "/%2fetc/passwd", "/%2Fetc/passwd", "/guide%5c..%5c..%5cetc", "/guide\\..\\etc",
        "/index.html%00.css", "/index\u{0}.html", "/a%0Ab", "//etc/passwd", "/guide//cmp/", "/%", "/%zz", "/%c3",
        "/%ff%fe", "/.clsm-output", "/.git/config", "/guide/.hidden",
        // Found by FuzzPreviewPaths: a leading `.` followed by a combining mark is one Character, not "." + more.
        "/.\u{6D9}\u{FFFD}", "/.%CC%81git/config", "/guide/.\u{301}",
        "/guide/..\u{301}/etc",
    ])
    func escapingPathsAreRefused(request: String) {
        #expect(PreviewPaths.relativePath(for: request) == nil)
    }

    @Test func filesInsideTheOutputAreServedAndFoldersGiveTheirIndex() throws {
        let output = try TemporaryOutput()
        try output.write("accueil", to: "index.html")
        try output.write("guide", to: "guide/index.html")
        try output.write("css", to: "css/clsm.css")
        #expect(PreviewPaths.file(for: "/", root: output.root) == .file(output.canonical + "/index.html"))
        #expect(PreviewPaths.file(for: "/guide/", root: output.root) == .file(output.canonical + "/guide/index.html"))
        #expect(PreviewPaths.file(for: "/guide", root: output.root) == .file(output.canonical + "/guide/index.html"))
        #expect(PreviewPaths.file(for: "/css/clsm.css", root: output.root) == .file(output.canonical + "/css/clsm.css"))
        #expect(PreviewPaths.file(for: "/css/", root: output.root) == .notFound)
        #expect(PreviewPaths.file(for: "/absente/", root: output.root) == .notFound)
        #expect(PreviewPaths.file(for: "/%2e%2e/", root: output.root) == .forbidden)
    }

    @Test func linksLeadingOutsideTheOutputAreRefusedAndLinksInsideFollowed() throws {
        let output = try TemporaryOutput()
        try output.write("accueil", to: "index.html")
        try output.write("secret", to: "../secret.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: output.root + "/fuite.txt", withDestinationPath: output.root + "/../secret.txt")
        try manager.createSymbolicLink(atPath: output.root + "/dehors", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: output.root + "/racine", withDestinationPath: "/")
        try manager.createSymbolicLink(atPath: output.root + "/accueil.html", withDestinationPath: "index.html")
        #expect(PreviewPaths.file(for: "/fuite.txt", root: output.root) == .forbidden)
        #expect(PreviewPaths.file(for: "/dehors/secret.txt", root: output.root) == .forbidden)
        #expect(PreviewPaths.file(for: "/dehors/", root: output.root) == .forbidden)
        #expect(PreviewPaths.file(for: "/racine/etc/passwd", root: output.root) == .forbidden)
        #expect(PreviewPaths.file(for: "/accueil.html", root: output.root) == .file(output.canonical + "/index.html"))
    }

    @Test func aRootGivenThroughALinkStillConfinesTheFiles() throws {
        let output = try TemporaryOutput()
        try output.write("accueil", to: "index.html")
        let link = output.root + "-lien"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: output.root)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(PreviewPaths.file(for: "/", root: link) == .file(output.canonical + "/index.html"))
        #expect(PreviewPaths.file(for: "/", root: output.root + "/absent") == .notFound)
    }
}

/// A fresh output folder inside a fresh parent folder (so that `..` of the output is still a throwaway folder), removed
/// when the last copy of the value is gone.
struct TemporaryOutput {
    private let folder = TemporaryFolder(prefix: "clsm-preview")
    var parent: String { folder.path }
    var root: String { parent + "/public" }
    var canonical: String { URL(fileURLWithPath: root).resolvingSymlinksInPath().path }

    init() throws {
        try FileManager.default.createDirectory(atPath: parent + "/public", withIntermediateDirectories: true)
    }

    func write(_ text: String, to relativePath: String) throws {
        let path = root + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
