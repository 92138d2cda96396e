@testable import SiteKit
import Testing

@Suite struct SourceTextTests {
    private func decode(_ bytes: [UInt8]) -> (String?, [String]) {
        var log = DiagnosticLog()
        let text = SourceText.decode(bytes, file: "content/a.md", log: &log)?.text
        return (text, log.sorted.map { $0.line(in: .english) })
    }

    @Test(arguments: [
        Array("---\r\ntitle: A\r\n---\r\nTexte\r\n".utf8),
        Array("---\rtitle: A\r---\rTexte\r".utf8),
        [0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n---\nTexte\n".utf8),
    ])
    func bomAndEveryLineEndGiveTheCleanText(_ bytes: [UInt8]) {
        #expect(decode(bytes).0 == "---\ntitle: A\n---\nTexte\n")
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        let (text, diagnostics) = decode(Array("ok\nCaf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(text == nil)
        #expect(diagnostics == ["content/a.md:2:4: error: the file is not valid UTF-8 here; save it with the UTF-8 encoding"])
    }

    @Test func aNULIsReported() {
        #expect(decode([0x61, 0x00]).1 == ["content/a.md:1:2: error: the file contains a NUL character; remove it"])
    }

    @Test func anEmptyFileDecodesToEmptyText() {
        #expect(decode([]).0 == "")
    }
}

@Suite struct BaseURLTests {
    @Test func aPathIsKeptAndEndsWithASlash() throws {
        let url = try #require(BaseURL("https://example.org/clsm"))
        #expect(url.origin == "https://example.org")
        #expect(url.path == "/clsm/")
        #expect(url.sitePath("guide/cmp/") == "/clsm/guide/cmp/")
        #expect(url.absolute("") == "https://example.org/clsm/")
    }

    @Test(arguments: ["example.org", "ftp://example.org/", "javascript:alert(1)", "https:///x", "https://exa mple.org/", "https://e.org/a\"b"])
    func anythingButAnAbsoluteHTTPURLIsRefused(_ text: String) {
        #expect(BaseURL(text) == nil)
    }
}

@Suite struct AliasPathTests {
    @Test(arguments: [("/ancienne-page/", "ancienne-page/index.html"), ("vieux.html", "vieux.html"), ("/a/b", "a/b/index.html")])
    func aliasesBecomePathsInsideTheOutput(_ alias: String, _ path: String) {
        #expect(OutputPaths.aliasPath(alias) == path)
    }

    // The last ones put a combining mark after a separator: one Character to Swift, still a `/` or `\\` on disk
    // (found by the FuzzPaths target).
    @Test(arguments: ["../../x", "..%2F..%2Fx", "%2e%2e/", "a\\b", "a\0b", ".", "", "/", "/.git/config", "x/../../y",
                      "../\u{301}x", "..\\\u{301}x", "a/\u{301}../../../x", "a\n/b"])
    func aliasesThatCouldLeaveTheOutputAreRefused(_ alias: String) {
        #expect(OutputPaths.aliasPath(alias) == nil)
    }
}

@Suite struct PathTests {
    @Test func separatorsFollowedByCombiningMarksStillSeparate() {
        #expect(Path.segments("a/\u{301}b/c") == ["a", "\u{301}b", "c"])
        #expect(Path.normalize("../\u{301}x") == nil)
        #expect(Path.normalize("a/\u{301}b/../c") == "a/c")
        #expect(Path.parent(of: "a/\u{301}b") == "a")
        #expect(!Path.isInside("/site\u{301}/x", "/site"))
        #expect(Path.isInside("/site/\u{301}x", "/site"))
    }

    @Test(arguments: [
        ("guide/cmp/index.html", "guide/cmp/index.html"), ("a//b", "a/b"), ("/a/", "a"), ("./a", "a"), ("a/.", "a"),
        ("a/b/..", "a"), ("a/..", ""), ("", ""), ("/", ""), (".well-known/x", ".well-known/x"), ("...", "..."),
        ("a/../..", nil), ("..", nil), ("guide/cmp/", "guide/cmp"), ("/guide/cmp/", "guide/cmp"), ("//a/", "a"),
        ("/a//", "a"), ("/./", ""), ("/../", nil), ("/a/../", ""), ("/é/", "é"),
    ])
    func normalizingResolvesDotsAndDropsEmptySegments(_ path: String, _ normalized: String?) {
        #expect(Path.normalize(path) == normalized)
    }
}

@Suite struct SchemeTests {
    @Test(arguments: [
        ("https://example.org", true), ("mailto:a@b.fr", true), ("tel:+33387", true), ("A+b-c.9:x", true),
        ("9a:x", false), (":x", false), ("a\u{301}:x", false), ("é:x", false), ("a b:x", false), ("/x:y", false),
        ("guide/cmp/", false), ("", false),
    ])
    func aSchemeIsALetterThenLettersDigitsPlusMinusDotsThenAColon(_ text: String, _ hasScheme: Bool) {
        #expect(LinkResolver.hasScheme(text) == hasScheme)
    }
}

@Suite struct KeySuggestionTests {
    @Test func closeKeysAreSuggested() {
        #expect(KeySuggestion.closest(to: "comune", among: ["commune", "category"]) == "commune")
        #expect(KeySuggestion.closest(to: "Titre", among: ["title", "date"]) == "title")
        #expect(KeySuggestion.closest(to: "zzz", among: ["title", "date"]) == nil)
    }
}
