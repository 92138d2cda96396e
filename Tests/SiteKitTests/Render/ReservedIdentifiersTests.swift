import Foundation
@testable import SiteKit
import Templates
import Testing

/// A heading of a page's text never takes an id the theme's layouts give (the skip link's `#contenu`).
@Suite struct ReservedIdentifiersTests {
    @Test func theThemesLiteralIdsAreReservedAndBuiltOnesAreNot() throws {
        let sources = [#"<main id="contenu">"#, "<section\n id='numeros-urgence' class=x>", #"<p data-id="x" id="{{id}}-titre">"#,
                       ##"<a href="#id="></a><div id="">"##]
        #expect(ThemeIdentifiers.reserved(in: sources) == ["contenu", "numeros-urgence"])
        let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path
        let folder = repository + "/themes/clsm/layouts/"
        let layouts = try Dictionary(uniqueKeysWithValues: FileManager.default.subpathsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".mustache") }
            .map { (String($0.dropLast(".mustache".count)), try String(contentsOfFile: folder + $0, encoding: .utf8)) })
        let library = TemplateLibrary(sources: layouts)
        let tags = Dictionary(uniqueKeysWithValues: layouts.keys.map { ($0, library.tags(of: $0)) })
        let byLayout = ThemeIdentifiers.reserved(byTemplate: layouts, tags: tags)
        // A page reserves the ids of its layout, its parent and their partials, not those of other layouts.
        #expect(byLayout["event"]?.isSuperset(of: ["contenu", "numeros-urgence"]) == true)
        #expect(byLayout["event"]?.contains("accessibilite") == false)
        #expect(byLayout["legal"]?.contains("accessibilite") == true)
    }

    @Test func aPageReservesOnlyTheIdsOfItsOwnLayout() throws {
        let site = try TemporarySite([
            ("layouts/page.mustache", "<main id=\"contenu\">\n{{{page.content}}}\n</main>\n"),
            ("layouts/legal.mustache", "<main id=\"contenu\">\n<h2 id=\"hebergement\">H</h2>\n{{{page.content}}}\n</main>\n"),
            ("content/page.md", "---\ntitle: Page\n---\n\n## Hébergement\n"),
            ("content/mentions.md", "---\ntitle: Mentions\nlayout: legal\n---\n\n## Hébergement\n"),
        ])
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.map { $0.line(in: .english) } == [
            "content/mentions.md:6:1: warning: the heading « Hébergement » would take the id `hebergement`, which the page's layout "
                + "gives to one of its elements (a link to `#hebergement` leads there): it gets the id `hebergement-1`",
        ])
        let pages = Dictionary((files ?? []).compactMap { file -> (String, String)? in
            guard let text = file.contents.text else { return nil }
            return (file.path, text)
        }) { first, _ in first }
        #expect(pages["page/index.html"]?.contains("<h2 id=\"hebergement\">Hébergement</h2>") == true)
        #expect(pages["mentions/index.html"]?.contains("<h2 id=\"hebergement-1\">Hébergement</h2>") == true)
    }

    @Test func aHeadingThatWouldTakeOneGetsTheNextFreeIdAndAWarning() throws {
        let site = try TemporarySite([
            ("layouts/page.mustache", "<main id=\"contenu\">\n<h1>{{page.title}}</h1>\n{{{page.content}}}\n</main>\n"),
            ("content/page.md", "---\ntitle: Page\n---\n\nIntroduction.\n\n## Contenu\n\n## Autre\n"),
        ])
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.map { $0.line(in: .english) } == [
            "content/page.md:7:1: warning: the heading « Contenu » would take the id `contenu`, which the page's layout gives to "
                + "one of its elements (a link to `#contenu` leads there): it gets the id `contenu-1`",
        ])
        let page = try #require(files?.first { $0.path == "page/index.html" })
        guard let html = page.contents.text else {
            Issue.record("page/index.html is not text")
            return
        }
        #expect(html.contains("<h2 id=\"contenu-1\">Contenu</h2>\n<h2 id=\"autre\">Autre</h2>"))
    }
}
