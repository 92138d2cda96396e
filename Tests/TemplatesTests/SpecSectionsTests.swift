import Templates
import Testing

/// The cases of the Mustache spec's `sections.json`, transcribed: both engines must give the same text.
@Suite struct SpecSectionsTests {
    static let cases: [SpecCase] = [
        SpecCase("Truthy", "\"{{#boolean}}This should be rendered.{{/boolean}}\"", ["boolean": true], spec: "\"This should be rendered.\""),
        SpecCase("Falsey", "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", ["boolean": false], spec: "\"\""),
        .notApplicable("Null is falsey", because: "null: TemplateValue has no null"),
        SpecCase("Context", "\"{{#context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]], spec: "\"Hi Joe.\""),
        SpecCase("Parent contexts", "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]], spec: "\"foo, bar, baz\""),
        SpecCase("Variable test", "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", ["foo": "bar"], spec: "\"bar is bar\""),
        SpecCase("List Contexts", "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}", ["tops": [["tname": ["upper": "A", "lower": "a"], "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]]]]]], spec: "a1.A1x.A1y."),
        SpecCase("Deeply Nested Contexts", "{{#a}}\n{{one}}\n{{#b}}\n{{one}}{{two}}{{one}}\n{{#c}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n{{#d}}\n{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{#five}}\n{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n{{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}\n{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n{{/five}}\n{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{/d}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n{{/c}}\n{{one}}{{two}}{{one}}\n{{/b}}\n{{one}}\n{{/a}}\n", ["a": ["one": 1], "b": ["two": 2], "c": ["three": 3, "d": ["four": 4, "five": 5]]], spec: "1\n121\n12321\n1234321\n123454321\n12345654321\n123454321\n1234321\n12321\n121\n1\n"),
        SpecCase("List", "\"{{#list}}{{item}}{{/list}}\"", ["list": [["item": 1], ["item": 2], ["item": 3]]], spec: "\"123\""),
        SpecCase("Empty List", "\"{{#list}}Yay lists!{{/list}}\"", ["list": []], spec: "\"\""),
        SpecCase("Doubled", "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n", ["bool": true, "two": "second"], spec: "* first\n* second\n* third\n"),
        SpecCase("Nested (Truthy)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", ["bool": true], spec: "| A B C D E |"),
        SpecCase("Nested (Falsey)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", ["bool": false], spec: "| A  E |"),
        SpecCase("Context Misses", "[{{#missing}}Found key 'missing'!{{/missing}}]", [:], spec: "[]"),
        SpecCase("Implicit Iterator - String", "\"{{#list}}({{.}}){{/list}}\"", ["list": ["a", "b", "c", "d", "e"]], spec: "\"(a)(b)(c)(d)(e)\""),
        SpecCase("Implicit Iterator - Integer", "\"{{#list}}({{.}}){{/list}}\"", ["list": [1, 2, 3, 4, 5]], spec: "\"(1)(2)(3)(4)(5)\""),
        .notApplicable("Implicit Iterator - Decimal", because: "a float: TemplateValue has whole numbers only"),
        SpecCase("Implicit Iterator - Array", "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", ["list": [[1, 2, 3], ["a", "b", "c"]]], spec: "\"(123)(abc)\""),
        SpecCase("Implicit Iterator - HTML Escaping", "\"{{#list}}({{.}}){{/list}}\"", ["list": ["&", "\"", "<", ">"]], spec: "\"(&amp;)(&quot;)(&lt;)(&gt;)\""),
        SpecCase("Implicit Iterator - Triple mustache", "\"{{#list}}({{{.}}}){{/list}}\"", ["list": ["&", "\"", "<", ">"]], spec: "\"(&)(\")(<)(>)\""),
        SpecCase("Implicit Iterator - Ampersand", "\"{{#list}}({{&.}}){{/list}}\"", ["list": ["&", "\"", "<", ">"]], spec: "\"(&)(\")(<)(>)\""),
        .notApplicable("Implicit Iterator - Root-level", because: "the root context is not a group: clsm renders with named values"),
        SpecCase("Dotted Names - Truthy", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", ["a": ["b": ["c": true]]], spec: "\"Here\" == \"Here\""),
        SpecCase("Dotted Names - Falsey", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", ["a": ["b": ["c": false]]], spec: "\"\" == \"\""),
        SpecCase("Dotted Names - Broken Chains", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", ["a": [:]], spec: "\"\" == \"\""),
        SpecCase("Surrounding Whitespace", " | {{#boolean}}\t|\t{{/boolean}} | \n", ["boolean": true], spec: " | \t|\t | \n"),
        SpecCase("Internal Whitespace", " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", ["boolean": true], spec: " |  \n  | \n"),
        SpecCase("Indented Inline Sections", " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", ["boolean": true], spec: " YES\n GOOD\n"),
        SpecCase("Standalone Lines", "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": true], spec: "| This Is\n|\n| A Line\n"),
        SpecCase("Indented Standalone Lines", "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", ["boolean": true], spec: "| This Is\n|\n| A Line\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", ["boolean": true], spec: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{#boolean}}\n#{{/boolean}}\n/", ["boolean": true], spec: "#\n/"),
        SpecCase("Standalone Without Newline", "#{{#boolean}}\n/\n  {{/boolean}}", ["boolean": true], spec: "#\n/\n"),
        SpecCase("Padding", "|{{# boolean }}={{/ boolean }}|", ["boolean": true], spec: "|=|"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
