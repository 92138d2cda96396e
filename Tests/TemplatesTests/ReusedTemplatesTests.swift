@testable import Templates
import Testing

/// A library made again from changed sources keeps the templates whose text did not change and renders as one made
/// from scratch.
@Suite struct ReusedTemplatesTests {
    private let first = ["page": "<h1>{{title}}</h1>{{>footer}}", "footer": "<p>{{note}}</p>", "list": "{{#items}}[{{.}}]{{/items}}"]
    private let values: TemplateValues = ["title": "T", "note": "N", "items": .texts(["a", "b"])]

    @Test func rendersAsALibraryMadeFromScratch() throws {
        let parsed = TemplateLibrary(sources: first)
        var second = first
        second["footer"] = "<footer>{{note}}</footer>"
        let reused = TemplateLibrary(sources: second, reusing: parsed, of: first)
        let fresh = TemplateLibrary(sources: second)
        for name in second.keys.sorted() {
            #expect(try reused.render(name, with: values) == fresh.render(name, with: values))
        }
        #expect(try reused.render("page", with: values) == "<h1>T</h1><footer>N</footer>")
    }

    @Test func parsesEverythingWhenTheNamesDiffer() throws {
        let parsed = TemplateLibrary(sources: first)
        let other = ["page": "{{>footer}}!", "footer": "{{note}}"]
        let reused = TemplateLibrary(sources: other, reusing: parsed, of: first)
        #expect(try reused.render("page", with: values) == "N!")
        #expect(reused.problems.isEmpty)
    }
}
