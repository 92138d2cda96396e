import Templates
import Testing

/// The cases of the Mustache spec's `delimiters.json`, transcribed: both engines must give the same text.
@Suite struct SpecDelimitersTests {
    static let cases: [SpecCase] = [
        SpecCase("Pair Behavior", "{{=<% %>=}}(<%text%>)", ["text": "Hey!"], spec: "(Hey!)"),
        SpecCase("Special Characters", "({{=[ ]=}}[text])", ["text": "It worked!"], spec: "(It worked!)"),
        SpecCase("Sections", "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n", ["section": true, "data": "I got interpolated."], spec: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        SpecCase("Inverted Sections", "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n", ["section": false, "data": "I got interpolated."], spec: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        SpecCase("Partial Inheritence", "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", ["value": "yes"], partials: ["include": ".{{value}}."], spec: "[ .yes. ]\n[ .yes. ]\n"),
        SpecCase("Post-Partial Behavior", "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n", ["value": "yes"], partials: ["include": ".{{value}}. {{= | | =}} .|value|."], spec: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        SpecCase("Surrounding Whitespace", "| {{=@ @=}} |", [:], spec: "|  |"),
        SpecCase("Outlying Whitespace (Inline)", " | {{=@ @=}}\n", [:], spec: " | \n"),
        SpecCase("Standalone Tag", "Begin.\n{{=@ @=}}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Indented Standalone Tag", "Begin.\n  {{=@ @=}}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{= @ @ =}}\r\n|", [:], spec: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{=@ @=}}\n=", [:], spec: "="),
        SpecCase("Standalone Without Newline", "=\n  {{=@ @=}}", [:], spec: "=\n"),
        SpecCase("Pair with Padding", "|{{= @   @ =}}|", [:], spec: "||"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
