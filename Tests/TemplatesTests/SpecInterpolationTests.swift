import Templates
import Testing

/// The cases of the Mustache spec's `interpolation.json`, transcribed: both engines must give the same text.
@Suite struct SpecInterpolationTests {
    static let cases: [SpecCase] = [
        SpecCase("No Interpolation", "Hello from {Mustache}!\n", [:], spec: "Hello from {Mustache}!\n"),
        SpecCase("Basic Interpolation", "Hello, {{subject}}!\n", ["subject": "world"], spec: "Hello, world!\n"),
        SpecCase("No Re-interpolation", "{{template}}: {{planet}}", ["template": "{{planet}}", "planet": "Earth"], spec: "{{planet}}: Earth"),
        SpecCase("HTML Escaping", "These characters should be HTML escaped: {{forbidden}}\n", ["forbidden": "& \" < >"], spec: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        SpecCase("Triple Mustache", "These characters should not be HTML escaped: {{{forbidden}}}\n", ["forbidden": "& \" < >"], spec: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Ampersand", "These characters should not be HTML escaped: {{&forbidden}}\n", ["forbidden": "& \" < >"], spec: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Basic Integer Interpolation", "\"{{mph}} miles an hour!\"", ["mph": 85], spec: "\"85 miles an hour!\""),
        SpecCase("Triple Mustache Integer Interpolation", "\"{{{mph}}} miles an hour!\"", ["mph": 85], spec: "\"85 miles an hour!\""),
        SpecCase("Ampersand Integer Interpolation", "\"{{&mph}} miles an hour!\"", ["mph": 85], spec: "\"85 miles an hour!\""),
        .notApplicable("Basic Decimal Interpolation", because: "a float: TemplateValue has whole numbers only"),
        .notApplicable("Triple Mustache Decimal Interpolation", because: "a float: TemplateValue has whole numbers only"),
        .notApplicable("Ampersand Decimal Interpolation", because: "a float: TemplateValue has whole numbers only"),
        .notApplicable("Basic Null Interpolation", because: "null: TemplateValue has no null"),
        .notApplicable("Triple Mustache Null Interpolation", because: "null: TemplateValue has no null"),
        .notApplicable("Ampersand Null Interpolation", because: "null: TemplateValue has no null"),
        SpecCase("Basic Context Miss Interpolation", "I ({{cannot}}) be seen!", [:], spec: "I () be seen!"),
        SpecCase("Triple Mustache Context Miss Interpolation", "I ({{{cannot}}}) be seen!", [:], spec: "I () be seen!"),
        SpecCase("Ampersand Context Miss Interpolation", "I ({{&cannot}}) be seen!", [:], spec: "I () be seen!"),
        SpecCase("Dotted Names - Basic Interpolation", "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", ["person": ["name": "Joe"]], spec: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Triple Mustache Interpolation", "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"", ["person": ["name": "Joe"]], spec: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Ampersand Interpolation", "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"", ["person": ["name": "Joe"]], spec: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Arbitrary Depth", "\"{{a.b.c.d.e.name}}\" == \"Phil\"", ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]], spec: "\"Phil\" == \"Phil\""),
        SpecCase("Dotted Names - Broken Chains", "\"{{a.b.c}}\" == \"\"", ["a": [:]], spec: "\"\" == \"\""),
        SpecCase("Dotted Names - Broken Chain Resolution", "\"{{a.b.c.name}}\" == \"\"", ["a": ["b": [:]], "c": ["name": "Jim"]], spec: "\"\" == \"\""),
        SpecCase("Dotted Names - Initial Resolution", "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]], "b": ["c": ["d": ["e": ["name": "Wrong"]]]]], spec: "\"Phil\" == \"Phil\""),
        SpecCase("Dotted Names - Context Precedence", "{{#a}}{{b.c}}{{/a}}", ["a": ["b": [:]], "b": ["c": "ERROR"]], spec: ""),
        SpecCase("Dotted Names are never single keys", "{{a.b}}", ["a.b": "c"], spec: ""),
        SpecCase("Dotted Names - No Masking", "{{a.b}}", ["a.b": "c", "a": ["b": "d"]], spec: "d"),
        .notApplicable("Implicit Iterators - Basic Interpolation", because: "the root context is not a group: clsm renders with named values"),
        .notApplicable("Implicit Iterators - HTML Escaping", because: "the root context is not a group: clsm renders with named values"),
        .notApplicable("Implicit Iterators - Triple Mustache", because: "the root context is not a group: clsm renders with named values"),
        .notApplicable("Implicit Iterators - Ampersand", because: "the root context is not a group: clsm renders with named values"),
        .notApplicable("Implicit Iterators - Basic Integer Interpolation", because: "the root context is not a group: clsm renders with named values"),
        SpecCase("Interpolation - Surrounding Whitespace", "| {{string}} |", ["string": "---"], spec: "| --- |"),
        SpecCase("Triple Mustache - Surrounding Whitespace", "| {{{string}}} |", ["string": "---"], spec: "| --- |"),
        SpecCase("Ampersand - Surrounding Whitespace", "| {{&string}} |", ["string": "---"], spec: "| --- |"),
        SpecCase("Interpolation - Standalone", "  {{string}}\n", ["string": "---"], spec: "  ---\n"),
        SpecCase("Triple Mustache - Standalone", "  {{{string}}}\n", ["string": "---"], spec: "  ---\n"),
        SpecCase("Ampersand - Standalone", "  {{&string}}\n", ["string": "---"], spec: "  ---\n"),
        SpecCase("Interpolation With Padding", "|{{ string }}|", ["string": "---"], spec: "|---|"),
        SpecCase("Triple Mustache With Padding", "|{{{ string }}}|", ["string": "---"], spec: "|---|"),
        SpecCase("Ampersand With Padding", "|{{& string }}|", ["string": "---"], spec: "|---|"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
