@testable import SiteKit
import TestSupport
import Testing

/// Where URLs found in rendered pages lead, for a site published under a path.
@Suite struct LinkTargetTests {
    private let base = BaseURL("https://example.org/clsm/")!

    @Test(arguments: [
        ("/clsm/guide/", "", LinkTarget.site(path: "guide/", fragment: nil)),
        ("/clsm/guide/cmp/#acces", "x/", .site(path: "guide/cmp/", fragment: "acces")),
        ("/clsm/", "x/", .site(path: "", fragment: nil)),
        ("/clsm", "x/", .site(path: "", fragment: nil)),
        ("#contenu", "guide/", .site(path: "guide/", fragment: "contenu")),
        ("#contenu", "404.html", .site(path: "404.html", fragment: "contenu")),
        ("?page=2#haut", "guide/", .site(path: "guide/", fragment: "haut")),
        ("../autre/", "guide/cmp/", .site(path: "guide/autre/", fragment: nil)),
        ("img/a%20b.png", "guide/", .site(path: "guide/img/a b.png", fragment: nil)),
        ("/clsm/r%C3%A9union/#r%C3%B4le", "", .site(path: "réunion/", fragment: "rôle")),
        ("https://example.org/clsm/guide/", "", .site(path: "guide/", fragment: nil)),
        ("HTTPS://EXAMPLE.ORG/clsm/#x", "", .site(path: "", fragment: "x")),
        ("https://example.org/clsm-autre/", "", .external),
        ("https://example.org/", "", .external),
        ("https://ailleurs.fr/clsm/", "", .external),
        ("//cdn.example.org/x.js", "", .external),
        ("mailto:contact@example.org", "", .external),
        ("tel:+33387562768", "", .external),
        ("", "guide/", .external),
        ("/css/clsm.css", "", .outsideBase),
        ("/clsm/../x", "", .outsideBase),
        ("../../../x", "guide/", .outsideBase),
    ])
    func targets(_ url: String, _ page: String, _ expected: LinkTarget) {
        #expect(LinkTarget.of(url, onPageAt: page, base: base) == expected)
        #expect(LinkTarget.generalTarget(of: url, onPageAt: page, base: base) == expected)
    }

    /// Read as bytes, an ASCII URL leads where its Characters lead.
    @Test func bytesAgreeWithCharacters() {
        var random = SplitMix64(seed: 11)
        let pieces = ["/", "clsm", "CLSM", "guide", "#", "?", "%20", "%C3%A9", "..", ".", "https:", "HTTPS://", "//", "example.org",
                      "EXAMPLE.ORG", "x", "-", "mailto:", ":", "a=b"]
        let bases = [base, BaseURL("https://Example.org/")!, BaseURL("http://example.org/Clsm/")!]
        for _ in 0..<5_000 {
            let url = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let site = bases[Int(random.next() % UInt64(bases.count))]
            for page in ["", "guide/", "guide/cmp/", "404.html"] {
                #expect(LinkTarget.asciiTarget(of: url, onPageAt: page, base: site)
                        == LinkTarget.generalTarget(of: url, onPageAt: page, base: site), "\(url) on \(page) of \(site)")
            }
        }
        #expect(LinkTarget.asciiTarget(of: "/réunion/", onPageAt: "", base: base) == nil)
    }
}

/// The ids and URLs the link check reads in rendered HTML.
@Suite struct HTMLReferencesTests {
    @Test func readsIdsAndURLsOfTagsOnly() {
        let html = """
            <!DOCTYPE html><html><head><title>a href="/no/" <b id="no"></title>
            <link rel="stylesheet" href="/clsm/css/clsm.css"><script>var s = '<a href="/no/">';</script>
            <style>a[href="/no/"] { }</style></head>
            <body><!-- <a href="/no/" id="no"> --><h2 id="r&eacute;le">x</h2><h2 id='rôle'>y</h2>
            <a HREF="/clsm/?a=1&amp;b=2">q</a> <a href=/clsm/bare/>b</a> <p>href="/no/" id="no"</p>
            <img src="/clsm/a.png" srcset="/clsm/a-1x.png 1x, /clsm/a-2x.png 2x" alt="a > b"><a id=bare>c</a>
            <a href="&#47;clsm&#x2F;num/">n</a><SECTION ID="Haut"></SECTION>
            </body></html>
            """
        let references = HTMLReferences(scanning: html)
        #expect(references.ids == ["r&eacute;le", "rôle", "bare", "Haut"])
        #expect(references.urls == ["/clsm/css/clsm.css", "/clsm/?a=1&b=2", "/clsm/bare/", "/clsm/a.png", "/clsm/a-1x.png",
                                    "/clsm/a-2x.png", "/clsm/num/"])
    }

    @Test func anUnfinishedTagEndsTheScanQuietly() {
        #expect(HTMLReferences(scanning: "<p>x</p><a href=\"/clsm/").urls == ["/clsm/"])
        #expect(HTMLReferences(scanning: "<a href=").urls == [""])
        #expect(HTMLReferences(scanning: "< <").urls == [])
    }
}
