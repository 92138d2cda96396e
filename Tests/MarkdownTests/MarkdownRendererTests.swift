import Testing
@testable import Markdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer { text in
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    @Test func headingsGetStableUniqueIds() {
        let document = renderer.render("# Titre\n\n## Nos *objectifs*\n\n## Nos objectifs\n")
        #expect(document.html == """
            <h1 id="titre">Titre</h1>
            <h2 id="nos-objectifs">Nos <em>objectifs</em></h2>
            <h2 id="nos-objectifs-1">Nos objectifs</h2>

            """)
        #expect(document.headings.map(\.id) == ["titre", "nos-objectifs", "nos-objectifs-1"])
        #expect(document.headings.map(\.level) == [1, 2, 2])
    }

    @Test func headingsTakeNoReservedId() {
        let reserving = MarkdownRenderer(reservedIdentifiers: ["contenu", "contenu-1"]) { $0.lowercased() }
        let document = reserving.render("Texte\n\n## Contenu\n\n## Suite\n\n## Contenu\n")
        #expect(document.headings.map(\.id) == ["contenu-2", "suite", "contenu-3"])
        #expect(document.headings.map(\.reservedID) == ["contenu", nil, "contenu"])
        #expect(document.headings.map(\.line) == [3, 5, 7])
        #expect(document.html.hasPrefix("<p>Texte</p>\n<h2 id=\"contenu-2\">Contenu</h2>"))
    }

    @Test func equalHeadingsCostLinearWork() {
        func probes(_ count: Int) -> Int {
            var ids = HeadingIdentifiers(reserved: ["titre-3"])
            let given = (0..<count).map { _ in ids.unique("titre") }
            #expect(given.prefix(5) == ["titre", "titre-1", "titre-2", "titre-4", "titre-5"])
            #expect(Set(given).count == count)
            return ids.probes
        }
        let small = probes(10_000), large = probes(100_000)
        #expect(small < 25_000)
        #expect(large <= small * 11)
    }

    @Test func onlyRealHeadingsGetIds() {
        let document = renderer.render("> ## Citation\n\n- ### Liste\n\n`<h2>` et\n\n    <h3>bloc</h3>\n\n<h4>brut</h4>\n")
        #expect(document.html == """
            <blockquote>
            <h2 id="citation">Citation</h2>
            </blockquote>
            <ul>
            <li>
            <h3 id="liste">Liste</h3>
            </li>
            </ul>
            <p><code>&lt;h2&gt;</code> et</p>
            <pre><code>&lt;h3&gt;bloc&lt;/h3&gt;
            </code></pre>
            <!-- raw HTML omitted -->

            """)
    }

    @Test func rawHTMLIsOmittedAndScriptLinksBlanked() {
        let document = renderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">y</b>\n")
        #expect(!document.html.contains("<script"))
        #expect(!document.html.contains("onclick"))
        #expect(!document.html.contains("javascript:"))
        #expect(document.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func smartPunctuation() {
        #expect(renderer.render("l'été -- \"oui\"...").html == "<p>l’été – “oui”…</p>\n")
    }

    @Test func linksAreReportedWithPositionsAndRewritten() {
        let markdown = "Intro\n\nVoir [le CMP](../guide/cmp.md) et ![logo](img/logo.png).\n"
        let document = renderer.render(markdown) { link in
            link.destination.hasSuffix(".md") ? "/guide/cmp/" : nil
        }
        #expect(document.links == [
            MarkdownLink(destination: "../guide/cmp.md", isImage: false, line: 3, column: 6),
            MarkdownLink(destination: "img/logo.png", isImage: true, line: 3, column: 35),
        ])
        #expect(document.html == """
            <p>Intro</p>
            <p>Voir <a href="/guide/cmp/">le CMP</a> et <img src="img/logo.png" alt="logo" />.</p>

            """)
    }

    @Test func invalidUTF8NeverReachesTheOutput() {
        let document = renderer.render(String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self))
        #expect(document.html == "<p>a\u{FFFD}b</p>\n")
    }
}
