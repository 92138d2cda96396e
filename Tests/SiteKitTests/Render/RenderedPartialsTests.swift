@testable import SiteKit
import Templates
import Testing

/// A list's items are rendered once, on first use, and `{{{item_html}}}` on its own line writes what `{{>partial}}` would.
@Suite struct RenderedPartialsTests {
    private func library(item: String) throws -> TemplateLibrary {
        let library = TemplateLibrary(sources: [
            "partials/item": item,
            "by-partial": "<ul>\n{{#items}}\n{{>partials/item}}\n{{/items}}\n</ul>\n",
            "by-item": "<ul>\n{{#items}}\n{{{item_html}}}\n{{/items}}\n</ul>\n",
        ])
        try #require(library.problems == [])
        return library
    }

    @Test func anItemWritesWhatThePartialWould() throws {
        let library = try library(item: "<li><a href=\"{{site.root}}{{url}}\">{{title}}</a> {{t.more}}</li>\n")
        let partials = RenderedPartials()
        let root: TemplateValues = ["site": ["root": "/clsm/"], "t": ["more": "Plus"]]
        partials.prepare(renderer: library, root: root)
        let entries: [TemplateValues] = [["title": "CMP & CATTP", "url": "cmp/"], ["title": "« GEM »", "url": "gem/"]]
        let items = entries.map { values -> TemplateValues in
            var item = values
            item["item_html"] = .deferred(partials.item("partials/item", values: values))
            return item
        }
        var values = root
        values["items"] = .groups(items)
        let expected = "<ul>\n<li><a href=\"/clsm/cmp/\">CMP &amp; CATTP</a> Plus</li>\n<li><a href=\"/clsm/gem/\">« GEM »</a> Plus</li>\n</ul>\n"
        #expect(try library.render("by-partial", with: values) == expected)
        #expect(try library.render("by-item", with: values) == expected)
    }

    @Test func anItemIsRenderedOnItsFirstUseOnly() throws {
        let partials = RenderedPartials()
        partials.prepare(renderer: try library(item: "<li>{{title}}</li>\n"), root: [:])
        let item = partials.item("partials/item", values: ["title": "CMP"])
        #expect(item.text == "<li>CMP</li>")
        partials.prepare(renderer: try library(item: "<li>autre</li>\n"), root: [:])
        #expect(item.text == "<li>CMP</li>")
        #expect(partials.item("partials/item", values: ["title": "CMP"]).text == "<li>autre</li>")
    }
}
