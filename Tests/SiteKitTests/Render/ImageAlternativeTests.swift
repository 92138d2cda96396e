import Foundation
@testable import SiteKit
import Testing

/// An image of a page's text has a text alternative, or is marked decorative (RGAA, criterion 1.1 and 1.2).
@Suite struct ImageAlternativeTests {
    @Test func anImageWithoutAlternativeIsAWarningAtItsPlace() throws {
        let site = try TemporarySite([
            ("static/images/salle.png", "png"),
            ("content/page.md", "---\ntitle: Page\n---\n\n![La salle commune](/images/salle.png)\n\nUne image : ![](/images/salle.png)\n"
                + "\n![ ](/images/salle.png \"Titre\")\n"),
        ])
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(files != nil)
        #expect(log.sorted.map { $0.line(in: .french) } == [
            "content/page.md:7:13: avertissement : l'image `/images/salle.png` n'a pas de texte alternatif : décrivez ce qu'elle "
                + "montre entre les crochets, `![Affiche de la semaine](/images/salle.png)`, ou, si elle ne fait que décorer, écrivez "
                + "`![](/images/salle.png \"décorative\")`",
            "content/page.md:9:1: avertissement : l'image `/images/salle.png` n'a pas de texte alternatif : décrivez ce qu'elle "
                + "montre entre les crochets, `![Affiche de la semaine](/images/salle.png)`, ou, si elle ne fait que décorer, écrivez "
                + "`![](/images/salle.png \"décorative\")`",
        ])
    }

    @Test func anImageMarkedDecorativeHasAnEmptyAlternativeAndNoTitle() throws {
        let site = try TemporarySite([
            ("static/images/frise.png", "png"),
            ("content/page.md", "---\ntitle: Page\n---\n\n![](/images/frise.png \"décorative\") ![Frise](/images/frise.png \"Decorative\")\n"),
        ])
        let (files, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.isEmpty)
        let page = try #require(files?.first { $0.path == "page/index.html" })
        guard let html = page.contents.text else {
            Issue.record("page/index.html is not text")
            return
        }
        #expect(html.contains(#"<p><img src="/clsm/images/frise.png" alt="" /> <img src="/clsm/images/frise.png" alt="" /></p>"#))
    }
}
