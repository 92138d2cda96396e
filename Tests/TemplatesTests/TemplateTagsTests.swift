import Templates
import Testing

/// The tags as written, for the checks made elsewhere.
@Suite struct TemplateTagsTests {
    @Test func everyTagInOrderWithWhereItIsAndItsSections() {
        let library = TemplateLibrary(sources: ["main": "a {{ page.title }}\n{{#l}}{{{x}}}{{>*dyn}}{{/l}}{{^n}}{{>partials/footer}}{{/n}}"])
        let tags = library.tags(of: "main")
        #expect(tags == [
            TemplateTagInfo(sigil: nil, name: "page.title", line: 1, column: 3, sections: 0),
            TemplateTagInfo(sigil: "#", name: "l", line: 2, column: 1, sections: 0),
            TemplateTagInfo(sigil: "{", name: "x", line: 2, column: 7, sections: 1),
            TemplateTagInfo(sigil: ">", name: "*dyn", line: 2, column: 14, sections: 1),
            TemplateTagInfo(sigil: "/", name: "l", line: 2, column: 23, sections: 1),
            TemplateTagInfo(sigil: "^", name: "n", line: 2, column: 29, sections: 0),
            TemplateTagInfo(sigil: ">", name: "partials/footer", line: 2, column: 35, sections: 0),
            TemplateTagInfo(sigil: "/", name: "n", line: 2, column: 55, sections: 0),
        ])
        #expect(library.tags(of: "unknown") == [])
    }
}
