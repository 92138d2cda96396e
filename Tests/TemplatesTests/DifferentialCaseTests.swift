import Templates
import Testing

/// clsm's own cases: each checked against swift-mustache and against the text written here, so that a test fails
/// if both engines are wrong the same way.
@Suite struct DifferentialCaseTests {
    static let deferred: TemplateValue = .deferred(FixedDeferred(text: "<p>made</p>"))

    static let cases: [TemplateCase] = [
        TemplateCase("every variable kind", "{{x}}|{{{x}}}|{{&x}}|{{ x }}", ["x": "<a&b>"],
                     expected: "&lt;a&amp;b&gt;|<a&b>|<a&b>|&lt;a&amp;b&gt;"),
        TemplateCase("every special byte and a combining mark after a quote", "{{x}}", ["x": "&<>\"'\"\u{301}"],
                     expected: "&amp;&lt;&gt;&quot;&#39;&quot;\u{301}"),
        TemplateCase("printing", "{{b}} {{n}} {{l}} {{g}} {{e}}", ["b": false, "n": -12, "l": ["a", 1, true, ["q\""]],
                                                                   "g": ["k": "v"], "e": [:]],
                     expected: "false -12 [&quot;a&quot;, 1, true, [&quot;q\\&quot;&quot;]] [&quot;k&quot;: &quot;v&quot;] [:]"),
        TemplateCase("standalone lines with \\n", "a\n  {{#t}}\nb\n  {{/t}}\n{{! c }}\nc\n", ["t": true],
                     expected: "a\nb\nc\n"),
        TemplateCase("standalone lines with \\r\\n", "a\r\n\t{{#t}}\r\nb\r\n{{/t}}  \r\n{{! c }}\r\nc", ["t": true],
                     expected: "a\r\nb\r\nc"),
        TemplateCase("trailing spaces at the end are dropped", "a\n   ", expected: "a\n"),
        TemplateCase("nested sections and climbing", "{{#a}}{{#b}}{{x}}{{y}}{{/b}}{{/a}}",
                     ["a": ["x": "1", "b": ["y": "2"]], "y": "no"], expected: "12"),
        TemplateCase("anchored lookup does not climb", "{{#a}}[{{.x}}]{{x}}{{/a}}", ["a": ["y": "1"], "x": "up"],
                     expected: "[]up"),
        TemplateCase("dotted names through lists", "{{#items}}{{p.name}},{{/items}}{{items.p}}",
                     ["items": [["p": ["name": "a"]], ["p": ["name": "b"]]]], expected: "a,b,"),
        TemplateCase("texts and numbers are truthy, even empty and zero", "{{#s}}[{{.}}]{{/s}}{{#z}}({{.}}){{/z}}",
                     ["s": "", "z": 0], expected: "[](0)"),
        TemplateCase("an inverted empty list pushes the list", "{{^l}}{{.}}{{/l}}", ["l": []], expected: "[]"),
        TemplateCase("sequence context", "{{#l}}{{#first()}}<{{/first()}}{{index()}}{{.}}{{^last()}},{{/last()}}{{/l}}",
                     ["l": ["a", "b", "c"]], expected: "<0a,1b,2c"),
        TemplateCase("sequence context survives a flag, not a group", "{{#l}}{{#t}}{{index()}}{{/t}}{{#g}}{{index()}}{{/g}}{{/l}}",
                     ["l": [1, 2], "t": true, "g": ["k": 1]], expected: "01"),
        TemplateCase("text transforms", "{{uppercased(x)}} {{lowercased(x)}} {{capitalized(x)}} {{reversed(x)}} {{empty(x)}}",
                     ["x": "hello wORLD"], expected: "HELLO WORLD hello world Hello World DLROw olleh false"),
        TemplateCase("list and number transforms", "{{count(l)}} {{first(l)}} {{last(l)}} {{plusone(n)}} {{minusone(n)}} {{#even(n)}}even{{/even(n)}}{{#equalzero(n)}}zero{{/equalzero(n)}} {{sorted(l)}}|{{unknown(n)}}",
                     ["l": ["b", "a"], "n": 4], expected: "2 b a 5 3 even |"),
        TemplateCase("reversed list iterates backwards", "{{#reversed(l)}}{{.}}{{/reversed(l)}}", ["l": [1, 2, 3]],
                     expected: "321"),
        TemplateCase("sorted group", "{{#sorted(g)}}{{key}}={{value}};{{/sorted(g)}}{{count(g)}}",
                     ["g": ["b": 2, "a": 1]], expected: "a=1;b=2;2"),
        TemplateCase("deferred in every tag kind", "{{d}}|{{{d}}}|{{&d}}|{{#d}}in{{x}}{{/d}}|{{^d}}no{{/d}}|{{l}}",
                     ["d": deferred, "x": "!", "l": [deferred]],
                     expected: "&lt;p&gt;made&lt;/p&gt;|<p>made</p>|<p>made</p>|in!||[&quot;&lt;p&gt;made&lt;/p&gt;&quot;]"),
        TemplateCase("content type TEXT, reset in partials", "{{x}}{{% CONTENT_TYPE: TEXT}}{{x}}{{>p}}{{% CONTENT_TYPE: HTML}}{{x}}",
                     ["x": "<"], partials: ["p": "({{x}})"], expected: "&lt;<(&lt;)&lt;"),
        TemplateCase("content type inside a section ends with it", "{{#t}}{{% CONTENT_TYPE: TEXT}}{{x}}{{/t}}{{x}}",
                     ["t": true, "x": "&"], expected: "&&amp;"),
        TemplateCase("partial indentation, per token", "  {{>p}}\n|\n", ["x": "1\n2"], partials: ["p": "a\nb{{x}}\n{{x}}\n"],
                     expected: "  a\n  b1\n2\n  1\n2\n|\n"),
        TemplateCase("nested partial indentation", "- {{>p}}\n  {{>p}}\n", partials: ["p": "p\n {{>q}}\n", "q": "q1\nq2\n"],
                     // The first tag is not alone on its line: its newline stays.
                     expected: "- p\n q1\n q2\n\n  p\n   q1\n   q2\n"),
        TemplateCase("no indentation after \\r\\n", "  {{>p}}\r\n", partials: ["p": "a\r\nb\nc"],
                     expected: "  a\r\nb\n  c"),
        TemplateCase("a list in an indented partial indents its first item only", "  {{>p}}\n", ["l": ["a", "b"]],
                     partials: ["p": "{{#l}}{{.}}\n{{/l}}"], expected: "  a\nb\n"),
        TemplateCase("set delimiters inside sections and partials", "{{#t}}{{=<% %>=}}<%x%>{{x}}<%/t%>{{x}}{{>p}}",
                     ["t": true, "x": "1"], partials: ["p": "{{=| |=}}|x|"], expected: "1{{x}}11"),
        TemplateCase("parent with blocks", "{{<base}}{{$title}}T{{/title}}{{/base}}",
                     partials: ["base": "<{{$title}}default{{/title}}|{{$body}}body{{/body}}>"], expected: "<T|body>"),
        TemplateCase("nested parents: the outer override wins", "{{<mid}}{{$a}}main{{/a}}{{/mid}}",
                     partials: ["mid": "{{<base}}{{$a}}mid{{/a}}{{$b}}midb{{/b}}{{/base}}", "base": "{{$a}}A{{/a}}{{$b}}B{{/b}}"],
                     expected: "mainmidb"),
        TemplateCase("blocks in partials see the caller's overrides", "{{<base}}{{$a}}X{{/a}}{{/base}}",
                     partials: ["base": "[{{>inner}}]", "inner": "{{$a}}inner{{/a}}"], expected: "[X]"),
        TemplateCase("dynamic partial", "{{>*which}}|{{>*missing}}", ["which": "p", "x": "1"], partials: ["p": "p{{x}}"],
                     expected: "p1|"),
        TemplateCase("a partial naming no template renders nothing", "[{{>nothing}}]", expected: "[]"),
        TemplateCase("a newline right after the delimiter swallows it", "a{{\nb}}", expected: "a\nb}}"),
    ]

    @Test(arguments: cases) func bothEnginesGiveTheExpectedText(_ templateCase: TemplateCase) {
        let expected = Outcome.rendered(templateCase.expected)
        #expect(ReferenceEngine.outcome("main", templates: templateCase.templates, values: templateCase.values) == expected,
                "swift-mustache")
        #expect(TemplateLibrary.outcome("main", templates: templateCase.templates, values: templateCase.values) == expected,
                "clsm")
    }
}
