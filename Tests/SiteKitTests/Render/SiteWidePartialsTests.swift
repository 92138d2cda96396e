import Foundation
@testable import SiteKit
import Templates
import Testing

/// A partial that reads nothing of the page is rendered once per menu state, and the page shows what `{{>partial}}`
/// would have shown.
@Suite struct SiteWidePartialsTests {
    @Test func onlyPartialsIncludedAloneWithThePageContextAndReadingNoPageValueAreRenderedOnce() {
        let sources = [
            "page": "{{<base}}{{$main}}<p>{{page.title}}</p>\n{{>partials/card}}\n</div>\n{{/main}}{{/base}}\n",
            "base": """
                <html>
                {{>partials/header}}
                <body>
                {{$main}}{{/main}}
                {{>partials/meta}}
                <hr>
                {{>partials/nested}}
                <hr>
                {{>partials/dot}}
                <hr>
                {{>partials/block}}
                <hr>
                {{#site.menu}}
                {{>partials/in-section}}
                <hr>
                {{/site.menu}}
                  {{>partials/indented}}
                <p>{{>partials/inline}}</p>
                {{>partials/footer}}
                </html>

                """,
            "partials/header": "<header>{{site.title}}{{#site.menu}}{{title}} {{.}}{{/site.menu}}</header>\n",
            "partials/meta": "<title>{{page.title}}</title>\n",
            "partials/nested": "<div>{{>partials/meta}}</div>\n",
            "partials/dot": "{{.}}\n",
            "partials/block": "{{$x}}y{{/x}}\n",
            "partials/in-section": "{{site.title}}\n",
            "partials/indented": "{{site.title}}\n",
            "partials/inline": "{{site.title}}",
            "partials/footer": "{{#site.has_partners}}<p>{{t.partners}}</p>{{/site.has_partners}}\n{{>partials/header}}",
            "partials/card": "{{>partials/header}}\n",
        ]
        let partials = SiteWidePartials(sources: sources)
        #expect(partials.keys == ["partials/card": "-site-wide-0", "partials/footer": "-site-wide-1", "partials/header": "-site-wide-2"])
        let base = sources["base"]?.replacingOccurrences(of: "{{>partials/header}}\n", with: "{{{-site-wide-2}}}")
            .replacingOccurrences(of: "{{>partials/footer}}\n", with: "{{{-site-wide-1}}}")
        #expect(partials.sources["base"] == base)
        #expect(partials.sources["base"] != sources["base"])
        // Blocks and parents keep the page's context; included as a partial, the card may stand in a section, so its
        // own inclusions keep their text.
        #expect(partials.sources["page"] == "{{<base}}{{$main}}<p>{{page.title}}</p>\n{{{-site-wide-0}}}</div>\n{{/main}}{{/base}}\n")
        #expect(partials.sources["partials/card"] == sources["partials/card"])
    }

    /// The theme's chrome stays rendered once per menu state: a change of `base` that lost it would only show as time.
    @Test func theThemesHeaderEmergencyNumbersAndFooterAreRenderedOnce() throws {
        let layouts = URL(fileURLWithPath: Fixtures.sharedThemeStatic).deletingLastPathComponent().appendingPathComponent("layouts")
        var sources: [String: String] = [:]
        let files = try #require(FileManager.default.enumerator(atPath: layouts.path)).compactMap { $0 as? String }
        for file in files where file.hasSuffix(".mustache") {
            sources[String(file.dropLast(".mustache".count))] = try String(contentsOf: layouts.appendingPathComponent(file), encoding: .utf8)
        }
        let keys = SiteWidePartials(sources: sources).keys
        #expect(Set(keys.keys).isSuperset(of: ["partials/header", "partials/emergency", "partials/footer"]))
        #expect(keys["partials/meta"] == nil)
    }

    @Test func aDynamicPartialAnywhereKeepsEveryInclusion() {
        let sources = ["base": "{{>partials/header}}\n{{>*name}}\n", "partials/header": "<header>\n"]
        #expect(SiteWidePartials(sources: sources).keys == [:])
    }

    /// Templates left as written: one that changes delimiters (its `{{>…}}` lines may be text), one under `partials/`
    /// (a list item is rendered alone, with other values), an inclusion followed by more on its line.
    @Test(arguments: [
        ("base", "{{=<% %>=}}\n{{>partials/header}}\n<main>\n"),
        ("partials/item", "{{>partials/header}}\n<li>\n"),
        ("base", "{{>partials/header}} }}\n<main>\n"),
    ])
    func someTemplatesKeepTheirInclusions(_ name: String, _ text: String) {
        let sources = [name: text, "partials/header": "<header>\n"]
        #expect(SiteWidePartials(sources: sources).sources == sources)
    }

    static let partials = [
        "p/a": "<a>{{site.title}}</a>\n",
        "p/empty": "{{#site.flag}}<b>\n{{/site.flag}}\n",
        "p/noline": "<c>{{t.x}}</c>",
    ]

    /// Each layout with whether some inclusion in it can be rewritten: not before a line that Mustache may leave out.
    @Test(arguments: [
        ("{{>p/a}}\n<main>\n", true),
        ("{{>p/a}}\n{{#site.flag}}\nx\n{{/site.flag}}\n", false),
        ("<x>\n{{>p/a}}\n{{>p/empty}}\n{{>p/noline}}\n</x>", true),
        ("<x>\n{{>p/empty}}\n{{>p/a}}\n", true),
        ("{{>p/noline}}\n{{! comment }}\nafter\n{{>p/a}}", true),
        ("<x>\n{{>p/noline}}", true),
        ("{{>p/empty}}\n\n{{{site.title}}} {{>p/a}}\n", true),
        ("{{>p/a}}\n{{! a comment\non two lines }}\nafter\n", false),
    ])
    func aRewrittenLayoutRendersWhatTheWrittenOneDoes(_ layout: String, isRewritten: Bool) throws {
        let sources = Self.partials.merging(["layout": layout]) { own, _ in own }
        let siteWide = SiteWidePartials(sources: sources)
        #expect((siteWide.sources["layout"] != layout) == isRewritten)
        #expect(siteWide.keys.isEmpty == !isRewritten)
        let written = TemplateLibrary(sources: sources)
        let rewritten = TemplateLibrary(sources: siteWide.sources)
        try #require(written.problems == [] && rewritten.problems == [])
        for flag in [true, false] {
            let site: TemplateValues = ["title": "CLSM & co", "flag": .bool(flag)]
            let root: TemplateValues = ["site": .group(site), "page": ["title": "Page"], "t": ["x": "« x »"]]
            let rendered = RenderedPartials()
            rendered.prepare(renderer: rewritten, root: root)
            let cache = SiteWidePartialCache(keys: siteWide.keys, partials: rendered)
            let values = root.merging(cache.values(site: site, menuState: [flag])) { own, _ in own }
            #expect(try rewritten.render("layout", with: values) == written.render("layout", with: root))
        }
    }

    @Test func eachPartialRendersOncePerMenuState() throws {
        let library = TemplateLibrary(sources: ["nav": "{{#site.menu}}{{#current}}[{{title}}]{{/current}}{{/site.menu}}\n"])
        let rendered = RenderedPartials()
        rendered.prepare(renderer: library, root: [:])
        let cache = SiteWidePartialCache(keys: ["nav": "-site-wide-0"], partials: rendered)
        func site(current: Int) -> TemplateValues {
            ["menu": .groups((0..<2).map { ["title": .text("M\($0)"), "current": .bool($0 == current)] })]
        }
        let first = try #require(cache.values(site: site(current: 0), menuState: [true, false])["-site-wide-0"].flatMap(Self.item))
        let again = try #require(cache.values(site: site(current: 1), menuState: [true, false])["-site-wide-0"].flatMap(Self.item))
        let other = try #require(cache.values(site: site(current: 1), menuState: [false, true])["-site-wide-0"].flatMap(Self.item))
        #expect(first === again)
        #expect(first.text == "[M0]\n")
        #expect(other.text == "[M1]\n")
    }

    @Test func aSiteOverrideOfAPartialThatReadsThePageShowsEachPage() throws {
        let config = TemporarySite.config(menu: [("A", "a.md"), ("B", "b.md")])
        let site = try TemporarySite([
            ("site.yml", config),
            ("layouts/page.mustache", "{{>partials/head}}\n<h1>{{page.title}}</h1>\n{{>partials/foot}}\n"),
            ("layouts/partials/head.mustache", "<nav>{{#site.menu}}{{#current}}[{{title}}]{{/current}}{{/site.menu}}</nav>\n"),
            ("layouts/partials/foot.mustache", "<footer>{{site.title}} · {{page.title}}</footer>\n"),
            ("content/a.md", "---\ntitle: A\n---\n"),
            ("content/b.md", "---\ntitle: B\n---\n"),
            ("content/c.md", "---\ntitle: C\n---\n"),
        ])
        let (output, log) = Fixtures.render(siteAt: site.path)
        #expect(log.sorted.map { $0.line(in: .english) } == [])
        let pages = Dictionary((output ?? []).compactMap { file -> (String, String)? in
            guard let text = file.contents.text, file.path.hasSuffix("index.html") else { return nil }
            return (file.path, text)
        }) { first, _ in first }
        #expect(pages["a/index.html"] == "<nav>[A]</nav>\n<h1>A</h1>\n<footer>Test · A</footer>\n")
        #expect(pages["b/index.html"] == "<nav>[B]</nav>\n<h1>B</h1>\n<footer>Test · B</footer>\n")
        #expect(pages["c/index.html"] == "<nav></nav>\n<h1>C</h1>\n<footer>Test · C</footer>\n")
    }
}

extension SiteWidePartialsTests {
    /// The rendered partial a value stands for.
    static func item(_ value: TemplateValue) -> RenderedPartial? {
        guard case .deferred(let deferred) = value else { return nil }
        return deferred as? RenderedPartial
    }
}

private extension SiteWidePartials {
    /// The partials of `sources`, their tags read as the theme loader reads them.
    init(sources: [String: String]) {
        let library = TemplateLibrary(sources: sources)
        self.init(sources: sources, tags: Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, library.tags(of: $0)) }))
    }
}
