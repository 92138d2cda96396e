@testable import SiteKit
import Testing

/// What `{{value}}` makes of a front-matter value, in text and in attributes.
@Suite struct TemplateEscapingTests {
    @Test(arguments: [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("« Réunion » à 18 h", "« Réunion » à 18 h"),
        // A quote or bracket followed by a combining mark is one Character, and must still be escaped.
        ("\"\u{301} onmouseover=alert(1) x=\"", "&quot;\u{301} onmouseover=alert(1) x=&quot;"),
        ("<\u{338}script>", "&lt;\u{338}script&gt;"),
        ("", ""),
    ])
    func specialCharactersBecomeEntitiesByteByByte(_ text: String, _ escaped: String) {
        #expect(HTMLEscaping.escape(text).utf8.elementsEqual(escaped.utf8))
    }

    @Test func aQuoteFollowedByACombiningMarkCannotCloseAnAttribute() throws {
        let title = "Titre\"\u{301} onmouseover=\"alert(1)"
        let site = try TemporarySite([("content/page.md", "---\ntitle: '\(title)'\n---\nTexte.\n")])
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(log.entries.isEmpty)
        guard case .text(let html) = files?.first(where: { $0.path == "page/index.html" })?.contents else {
            Issue.record("page/index.html was not rendered")
            return
        }
        #expect(html.contains("<h1>Titre&quot;\u{301} onmouseover=&quot;alert(1)</h1>"))
        #expect(html.contains("<title>Titre&quot;\u{301} onmouseover=&quot;alert(1) – Test</title>"))
        let quoteThenMark = Array("\"\u{301}".utf8)
        #expect(Array(html.utf8).firstRange(of: quoteThenMark) == nil)
    }
}
