import Foundation
@testable import SiteKit
import Testing

/// A heading of a page's text never takes an id the theme's layouts give (the skip link's `#contenu`).
@Suite struct ReservedIdentifiersTests {
    @Test func theThemesLiteralIdsAreReservedAndBuiltOnesAreNot() throws {
        let sources = [#"<main id="contenu">"#, "<section\n id='numeros-urgence' class=x>", #"<p data-id="x" id="{{id}}-titre">"#,
                       ##"<a href="#id="></a><div id="">"##]
        #expect(ThemeIdentifiers.reserved(in: sources) == ["contenu", "numeros-urgence"])
        let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path
        let layouts = try FileManager.default.subpathsOfDirectory(atPath: repository + "/themes/clsm/layouts")
            .filter { $0.hasSuffix(".mustache") }
            .map { try String(contentsOfFile: repository + "/themes/clsm/layouts/" + $0, encoding: .utf8) }
        #expect(ThemeIdentifiers.reserved(in: layouts).isSuperset(of: ["contenu", "numeros-urgence"]))
    }

    @Test func aHeadingThatWouldTakeOneGetsTheNextFreeIdAndAWarning() throws {
        let site = try TemporarySite([
            ("layouts/page.mustache", "<main id=\"contenu\">\n<h1>{{page.title}}</h1>\n{{{page.content}}}\n</main>\n"),
            ("content/page.md", "---\ntitle: Page\n---\n\nIntroduction.\n\n## Contenu\n\n## Autre\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.map(\.description) == [
            "content/page.md:7:1: warning: the heading « Contenu » would take the id `contenu`, which the theme's layouts give "
                + "to an element of every page (a link to `#contenu` leads there): it gets the id `contenu-1`",
        ])
        let page = try #require(files?.first { $0.path == "page/index.html" })
        guard case .text(let html) = page.contents else {
            Issue.record("page/index.html is not text")
            return
        }
        #expect(html.contains("<h2 id=\"contenu-1\">Contenu</h2>\n<h2 id=\"autre\">Autre</h2>"))
    }
}
