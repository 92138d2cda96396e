import Templates
import Testing

/// The cases of the Mustache spec's `inverted.json`, transcribed: both engines must give the same text.
@Suite struct SpecInvertedTests {
    static let cases: [SpecCase] = [
        SpecCase("Falsey", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", ["boolean": false], spec: "\"This should be rendered.\""),
        SpecCase("Truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", ["boolean": true], spec: "\"\""),
        .notApplicable("Null is falsey", because: "null: TemplateValue has no null"),
        SpecCase("Context", "\"{{^context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]], spec: "\"\""),
        SpecCase("List", "\"{{^list}}{{n}}{{/list}}\"", ["list": [["n": 1], ["n": 2], ["n": 3]]], spec: "\"\""),
        SpecCase("Empty List", "\"{{^list}}Yay lists!{{/list}}\"", ["list": []], spec: "\"Yay lists!\""),
        SpecCase("Doubled", "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n", ["bool": false, "two": "second"], spec: "* first\n* second\n* third\n"),
        SpecCase("Nested (Falsey)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", ["bool": false], spec: "| A B C D E |"),
        SpecCase("Nested (Truthy)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", ["bool": true], spec: "| A  E |"),
        SpecCase("Context Misses", "[{{^missing}}Cannot find key 'missing'!{{/missing}}]", [:], spec: "[Cannot find key 'missing'!]"),
        SpecCase("Dotted Names - Truthy", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"", ["a": ["b": ["c": true]]], spec: "\"\" == \"\""),
        SpecCase("Dotted Names - Falsey", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", ["a": ["b": ["c": false]]], spec: "\"Not Here\" == \"Not Here\""),
        SpecCase("Dotted Names - Broken Chains", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", ["a": [:]], spec: "\"Not Here\" == \"Not Here\""),
        SpecCase("Surrounding Whitespace", " | {{^boolean}}\t|\t{{/boolean}} | \n", ["boolean": false], spec: " | \t|\t | \n"),
        SpecCase("Internal Whitespace", " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", ["boolean": false], spec: " |  \n  | \n"),
        SpecCase("Indented Inline Sections", " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n", ["boolean": false], spec: " NO\n WAY\n"),
        SpecCase("Standalone Lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": false], spec: "| This Is\n|\n| A Line\n"),
        SpecCase("Standalone Indented Lines", "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n", ["boolean": false], spec: "| This Is\n|\n| A Line\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", ["boolean": false], spec: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{^boolean}}\n^{{/boolean}}\n/", ["boolean": false], spec: "^\n/"),
        SpecCase("Standalone Without Newline", "^{{^boolean}}\n/\n  {{/boolean}}", ["boolean": false], spec: "^\n/\n"),
        SpecCase("Padding", "|{{^ boolean }}={{/ boolean }}|", ["boolean": false], spec: "|=|"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
