import Templates
import Testing

/// The cases of the Mustache spec's `~dynamic-names.json`, transcribed: both engines must give the same text.
@Suite struct SpecDynamicNamesTests {
    static let cases: [SpecCase] = [
        SpecCase("Basic Behavior - Partial", "\"{{>*dynamic}}\"", ["dynamic": "content"], partials: ["content": "Hello, world!"], spec: "\"Hello, world!\""),
        SpecCase("Basic Behavior - Name Resolution", "\"{{>*dynamic}}\"", ["dynamic": "content", "*dynamic": "wrong"], partials: ["content": "Hello, world!", "wrong": "Invisible"], spec: "\"Hello, world!\""),
        SpecCase("Context Misses - Partial", "\"{{>*missing}}\"", [:], partials: ["missing": "Hello, world!"], spec: "\"\""),
        SpecCase("Failed Lookup - Partial", "\"{{>*dynamic}}\"", ["dynamic": "content"], partials: ["foobar": "Hello, world!"], spec: "\"\""),
        SpecCase("Context", "\"{{>*example}}\"", ["text": "Hello, world!", "example": "partial"], partials: ["partial": "*{{text}}*"], spec: "\"*Hello, world!*\""),
        SpecCase("Dotted Names", "\"{{>*foo.bar.baz}}\"", ["text": "Hello, world!", "foo": ["bar": ["baz": "partial"]]], partials: ["partial": "*{{text}}*"], spec: "\"*Hello, world!*\""),
        SpecCase("Dotted Names - Operator Precedence", "\"{{>*foo.bar.baz}}\"", ["text": "Hello, world!", "foo": "test", "test": ["bar": ["baz": "partial"]]], partials: ["partial": "*{{text}}*"], spec: "\"\""),
        SpecCase("Dotted Names - Failed Lookup", "\"{{>*foo.bar.baz}}\"", ["foo": ["text": "Hello, world!", "bar": ["baz": "partial"]]], partials: ["partial": "*{{text}}*"], spec: "\"**\""),
        SpecCase("Dotted names - Context Stacking", "{{#section1}}{{>*section2.dynamic}}{{/section1}}", ["section1": ["value": "section1"], "section2": ["dynamic": "partial", "value": "section2"]], partials: ["partial": "\"{{value}}\""], spec: "\"section1\""),
        SpecCase("Dotted names - Context Stacking Under Repetition", "{{#section1}}{{>*section2.dynamic}}{{/section1}}", ["value": "test", "section1": [1, 2], "section2": ["dynamic": "partial", "value": "section2"]], partials: ["partial": "{{value}}"], spec: "testtest"),
        SpecCase("Dotted names - Context Stacking Failed Lookup", "{{#section1}}{{>*section2.dynamic}}{{/section1}}", ["section1": [1, 2], "section2": ["dynamic": "partial", "value": "section2"]], partials: ["partial": "\"{{value}}\""], spec: "\"\"\"\""),
        SpecCase("Recursion", "{{>*template}}", ["template": "node", "content": "X", "nodes": [["content": "Y", "nodes": []]]], partials: ["node": "{{content}}<{{#nodes}}{{>*template}}{{/nodes}}>"], spec: "X<Y<>>"),
        SpecCase("Dynamic Names - Double Dereferencing", "\"{{>**dynamic}}\"", ["dynamic": "test", "test": "content"], partials: ["content": "Hello, world!"], spec: "\"\""),
        .notApplicable("Dynamic Names - Composed Dereferencing", because: "null: TemplateValue has no null"),
        SpecCase("Surrounding Whitespace", "| {{>*partial}} |", ["partial": "foobar"], partials: ["foobar": "\t|\t"], spec: "| \t|\t |"),
        SpecCase("Inline Indentation", "  {{data}}  {{>*dynamic}}\n", ["dynamic": "partial", "data": "|"], partials: ["partial": ">\n>"], spec: "  |  >\n>\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{>*dynamic}}\r\n|", ["dynamic": "partial"], partials: ["partial": ">"], spec: "|\r\n>|"),
        SpecCase("Standalone Without Previous Line", "  {{>*dynamic}}\n>", ["dynamic": "partial"], partials: ["partial": ">\n>"], spec: "  >\n  >>"),
        SpecCase("Standalone Without Newline", ">\n  {{>*dynamic}}", ["dynamic": "partial"], partials: ["partial": ">\n>"], spec: ">\n  >\n  >"),
        SpecCase("Standalone Indentation", "\\\n {{>*dynamic}}\n/\n", ["dynamic": "partial", "content": "<\n->"], partials: ["partial": "|\n{{{content}}}\n|\n"], spec: "\\\n |\n <\n->\n |\n/\n"),
        SpecCase("Padding Whitespace", "|{{> * dynamic }}|", ["dynamic": "partial", "boolean": true], partials: ["partial": "[]"], spec: "|[]|"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
