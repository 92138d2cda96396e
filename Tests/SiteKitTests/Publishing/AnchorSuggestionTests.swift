import Foundation
@testable import SiteKit
import Testing

/// A broken anchor gets the nearest id as a hint, for the first broken anchors of a page only: each hint searches every
/// id of the page pointed to, and thousands of both must not cost their product.
@Suite struct AnchorSuggestionTests {
    @Test func theFirstBrokenAnchorsOfAPageGetAHint() throws {
        let headings = (0..<30).map { "## Partie \($0)\n\n" }.joined()
        let links = (0..<30).map { "[lien](#partie-\($0)x)\n" }.joined()
        let site = try TemporarySite([("content/page.md", "---\ntitle: Page\n---\n" + headings + links)])
        let errors = site.diagnostics().filter { $0.contains(": error: ") }
        #expect(errors.count == 30)
        #expect(errors.filter { $0.contains("did you mean") }.count == anchorSuggestionsPerPage)
        #expect(errors.contains("content/page.md:64:1: error: the link `#partie-0x` leads to no anchor of this page; did you mean `#partie-0`?"))
    }
}
