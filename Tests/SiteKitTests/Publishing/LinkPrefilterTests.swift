@testable import SiteKit
import Testing

/// As each page is rendered, only the links the final check could find wrong are kept for it.
@Suite struct LinkPrefilterTests {
    private let prefilter = LinkPrefilter(known: SitePaths(["index.html", "guide/index.html", "guide/cmp/index.html", "docs/a.pdf"]),
                                          base: BaseURL("https://example.org/clsm/")!)

    @Test func linksToKnownFilesAndOwnIdsAreDropped() {
        let html = """
            <h2 id="acces">Accès</h2>
            <a href="/clsm/guide/">guide</a> <a href="/clsm/guide">guide</a> <a href="cmp/">cmp</a>
            <img src="/clsm/docs/a.pdf"> <a href="#acces">ici</a> <a href="#top">haut</a> <a href="#">vide</a>
            <a href="https://ailleurs.fr/">ailleurs</a> <a href="mailto:a@b.fr">courriel</a> <a href="">rien</a>
            <a href="https://example.org/clsm/guide/cmp/">adresse complète</a>
            """
        let kept = prefilter.filter(HTMLReferences(scanning: html), onPageAt: "guide/", file: "guide/index.html")
        #expect(kept.urls == [])
        #expect(kept.ids == ["acces"])
    }

    @Test func linksTheWholeSiteMustSettleAreKept() {
        let html = """
            <a href="/clsm/manquante/">absente</a> <a href="/css/x.css">hors du site</a> <a href="#absent">ancre absente</a>
            <a href="/clsm/guide/cmp/#acces">ancre d'une autre page</a> <a href="/clsm/ancienne/">alias</a>
            <a href="/clsm/guide/">connue</a>
            """
        let kept = prefilter.filter(HTMLReferences(scanning: html), onPageAt: "guide/", file: "guide/index.html")
        #expect(kept.urls == ["/clsm/manquante/", "/css/x.css", "#absent", "/clsm/guide/cmp/#acces", "/clsm/ancienne/"])
    }

    /// Targets are remembered from page to page, yet a relative link and a fragment still depend on the page.
    @Test func eachPageGetsItsOwnAnswerForLinksSeenOnOthers() {
        let html = "<h2 id=\"acces\">Accès</h2> <a href=\"cmp/\">cmp</a> <a href=\"/clsm/guide/#acces\">ici</a>"
        for _ in 0..<2 {
            let onGuide = prefilter.filter(HTMLReferences(scanning: html), onPageAt: "guide/", file: "guide/index.html")
            #expect(onGuide.urls == [])
            let onHome = prefilter.filter(HTMLReferences(scanning: html), onPageAt: "", file: "index.html")
            #expect(onHome.urls == ["cmp/", "/clsm/guide/#acces"])
        }
    }
}
