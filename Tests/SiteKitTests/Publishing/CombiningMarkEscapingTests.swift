import Foundation
@testable import SiteKit
import Templates
import Testing

/// A combining mark after `"`, `'`, `<`, `>` or `&` forms one Character with it, yet a browser still reads the ASCII
/// character: every escaping of front-matter text must see it.
@Suite struct CombiningMarkEscapingTests {
    private func html(of path: String, in files: [(String, String)]) throws -> String {
        let site = try TemporarySite(files)
        let (output, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.map { $0.line(in: .english) } == [])
        let file = try #require(output?.first { $0.path == path })
        guard let text = file.contents.text else { throw CocoaError(.fileReadCorruptFile) }
        return text
    }

    @Test(arguments: [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("« Réunion » à 18 h", "« Réunion » à 18 h"),
        ("", ""),
    ])
    func htmlEscapingReplacesTheFiveCharactersOnly(_ text: String, _ escaped: String) {
        #expect(HTMLEscaping.escape(text).utf8.elementsEqual(escaped.utf8))
    }

    @Test func htmlEscapingLooksAtEveryByte() {
        let escaped = HTMLEscaping.escape("\"\u{301}'\u{301}<\u{301}>\u{301}&\u{301}")
        #expect(Array(escaped.unicodeScalars) == Array("&quot;\u{301}&#39;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}".unicodeScalars))
    }

    @Test func templateValuesCannotLeaveTheirAttribute() throws {
        let text = try html(of: "a/index.html", in: [
            ("layouts/page.mustache", "<p title=\"{{page.title}}\">{{page.title}}</p>\n"),
            ("content/a.md", "---\ntitle: \"x\\\"\\u0301 onmouseover=\\\"alert(1)\\u0301\"\n---\n"),
        ])
        let escaped = "x&quot;\u{301} onmouseover=&quot;alert(1)\u{301}"
        #expect(Array(text.unicodeScalars) == Array("<p title=\"\(escaped)\">\(escaped)</p>\n".unicodeScalars))
    }

    @Test func jsonLDHoldsNoAngleBracket() throws {
        let text = try html(of: "agenda/e/index.html", in: [
            ("layouts/event.mustache", "{{{page.json_ld}}}"),
            ("content/agenda/e.md", "---\ntitle: \"<\\u0301/script>&\\u0301\"\nstart: 2025-10-20\ntype: autre\ncommune: Metz\n---\n"),
        ])
        #expect(!text.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "&" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["name"] as? String).map { Array($0.unicodeScalars) } == Array("<\u{301}/script>&\u{301}".unicodeScalars))
    }
}
