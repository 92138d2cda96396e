import Foundation
@testable import SiteKit
import Testing

/// Two sources for one address, compared as editors' systems compare names.
@Suite struct NameCollisionTests {
    private let page = "---\ntitle: Page\n---\n"
    private let composed = "R\u{E9}union"
    private let decomposed = "Re\u{301}union"

    @Test func contentFilesWhoseNamesDifferOnlyInUnicodeFormCollide() throws {
        let site = try TemporarySite([("content/\(composed).md", page), ("content/\(decomposed).md", page)])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasSuffix("would both be published at /reunion/ (the same name written in two Unicode forms, with composed and with decomposed accents); rename one or set its `slug`") == true)
        #expect(diagnostics.first.map { $0.unicodeScalars.contains("\u{301}") && $0.unicodeScalars.contains("\u{E9}") } == true)
    }

    @Test func contentFilesWhoseNamesDifferOnlyByCaseCollide() throws {
        let site = try TemporarySite([("content/Reunion.md", page), ("content/reunion.md", page)])
        #expect(site.diagnostics() == [
            "content/reunion.md:1:1: error: `content/reunion.md` and `content/Reunion.md` would both be published at /reunion/ (names that differ only by case are one file on macOS and Windows); rename one or set its `slug`",
        ])
    }

    @Test func staticFilesWhoseNamesDifferOnlyByCaseCollide() throws {
        let site = try TemporarySite([("static/Logo.png", "a"), ("static/logo.png", "b"), ("static/docs", "c"), ("static/Docs/x.pdf", "d")])
        #expect(site.diagnostics() == [
            "static/docs:1:1: error: `static/docs` would be published as the file /clsm/docs, where `static/Docs/x.pdf` needs a folder; rename one",
            "static/logo.png:1:1: error: `static/logo.png` and `static/Logo.png` would both be published at /clsm/logo.png (names that differ only by case are one file on macOS and Windows); rename or remove one",
        ])
    }

    @Test func staticFilesWhoseNamesDifferOnlyInUnicodeFormCollide() throws {
        let site = try TemporarySite([("static/\(composed).pdf", "a"), ("static/\(decomposed).pdf", "b")])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasSuffix("(the same name written in two Unicode forms, with composed and with decomposed accents); rename or remove one") == true)
    }

    @Test func aSiteStaticFileReplacesTheThemesOwnQuietly() throws {
        let site = try TemporarySite([("static/style.css", "body {}")])
        #expect(site.diagnostics() == [])
    }

    @Test(arguments: [("a", "b", nil), ("a", "A", .caseOnly), ("x", "x", nil), ("e\u{301}", "\u{E9}", .unicodeForms)] as [(String, String, NameLikeness?)])
    func likenessExplainsWhyTwoNamesAreOne(_ first: String, _ second: String, _ expected: NameLikeness?) {
        #expect(NameFolding.likeness(first, second) == expected)
    }
}
