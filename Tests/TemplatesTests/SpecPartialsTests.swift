import Templates
import Testing

/// The cases of the Mustache spec's `partials.json`, transcribed: both engines must give the same text.
@Suite struct SpecPartialsTests {
    static let cases: [SpecCase] = [
        SpecCase("Basic Behavior", "\"{{>text}}\"", [:], partials: ["text": "from partial"], spec: "\"from partial\""),
        SpecCase("Failed Lookup", "\"{{>text}}\"", [:], spec: "\"\""),
        SpecCase("Context", "\"{{>partial}}\"", ["text": "content"], partials: ["partial": "*{{text}}*"], spec: "\"*content*\""),
        SpecCase("Recursion", "{{>node}}", ["content": "X", "nodes": [["content": "Y", "nodes": []]]], partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], spec: "X<Y<>>"),
        SpecCase("Nested", "{{>outer}}", ["a": "hello", "b": "world"], partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"], spec: "*hello world!*"),
        SpecCase("Surrounding Whitespace", "| {{>partial}} |", [:], partials: ["partial": "\t|\t"], spec: "| \t|\t |"),
        SpecCase("Inline Indentation", "  {{data}}  {{> partial}}\n", ["data": "|"], partials: ["partial": ">\n>"], spec: "  |  >\n>\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{>partial}}\r\n|", [:], partials: ["partial": ">"], spec: "|\r\n>|"),
        SpecCase("Standalone Without Previous Line", "  {{>partial}}\n>", [:], partials: ["partial": ">\n>"], spec: "  >\n  >>"),
        SpecCase("Standalone Without Newline", ">\n  {{>partial}}", [:], partials: ["partial": ">\n>"], spec: ">\n  >\n  >"),
        SpecCase("Standalone Indentation", "\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: ["partial": "|\n{{{content}}}\n|\n"], spec: "\\\n |\n <\n->\n |\n/\n"),
        SpecCase("Padding Whitespace", "|{{> partial }}|", ["boolean": true], partials: ["partial": "[]"], spec: "|[]|"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
