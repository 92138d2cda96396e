import Templates
import Testing

/// The cases of the Mustache spec's `~inheritance.json`, transcribed: both engines must give the same text.
@Suite struct SpecInheritanceTests {
    static let cases: [SpecCase] = [
        SpecCase("Default", "{{$title}}Default title{{/title}}\n", [:], spec: "Default title\n"),
        SpecCase("Variable", "{{$foo}}default {{bar}} content{{/foo}}\n", ["bar": "baz"], spec: "default baz content\n"),
        SpecCase("Triple Mustache", "{{$foo}}default {{{bar}}} content{{/foo}}\n", ["bar": "<baz>"], spec: "default <baz> content\n"),
        SpecCase("Sections", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "qux"]], spec: "default qux content\n"),
        SpecCase("Negative Sections", "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["baz": "three"], spec: "default three content\n"),
        SpecCase("Mustache Injection", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "{{qux}}"]], spec: "default {{qux}} content\n"),
        SpecCase("Inherit", "{{<include}}{{/include}}\n", [:], partials: ["include": "{{$foo}}default content{{/foo}}"], spec: "default content"),
        SpecCase("Overridden content", "{{<super}}{{$title}}sub template title{{/title}}{{/super}}", [:], partials: ["super": "...{{$title}}Default title{{/title}}..."], spec: "...sub template title..."),
        SpecCase("Data does not override block", "{{<include}}{{$var}}var in template{{/var}}{{/include}}", ["var": "var in data"], partials: ["include": "{{$var}}var in include{{/var}}"], spec: "var in template"),
        SpecCase("Data does not override block default", "{{<include}}{{/include}}", ["var": "var in data"], partials: ["include": "{{$var}}var in include{{/var}}"], spec: "var in include"),
        SpecCase("Overridden parent", "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}", [:], partials: ["parent": "{{$stuff}}...{{/stuff}}"], spec: "test override"),
        SpecCase("Two overridden parents", "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n", [:], partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"], spec: "test |override1 default| |override2 default|\n"),
        SpecCase("Override parent with newlines", "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}", [:], partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"], spec: "peaked\n\n:(\n"),
        SpecCase("Inherit indentation", "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}", [:], partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"], spec: "stop:\n  hammer time\n"),
        SpecCase("Only one override", "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}", [:], partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"], spec: "new default one, override two"),
        SpecCase("Parent template", "{{>parent}}|{{<parent}}{{/parent}}", [:], partials: ["parent": "{{$foo}}default content{{/foo}}"], spec: "default content|default content"),
        SpecCase("Recursion", "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}", [:], partials: ["parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}", "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}"], spec: "override override override don't recurse"),
        SpecCase("Multi-level inheritance", "{{<parent}}{{$a}}c{{/a}}{{/parent}}", [:], partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}"], spec: "c"),
        SpecCase("Multi-level inheritance, no sub child", "{{<parent}}{{/parent}}", [:], partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}"], spec: "p"),
        SpecCase("Text inside parent", "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}", [:], partials: ["parent": "{{$foo}}default content{{/foo}}"], spec: "hmm"),
        SpecCase("Text inside parent", "{{<parent}} asdfasd asdfasdfasdf {{/parent}}", [:], partials: ["parent": "{{$foo}}default content{{/foo}}"], spec: "default content"),
        SpecCase("Block scope", "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}", ["fruit": "apples", "nested": ["fruit": "bananas"]], partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"], spec: "I say bananas."),
        SpecCase("Standalone parent", "Hi,\n  {{<parent}}{{/parent}}\n", [:], partials: ["parent": "one\ntwo\n"], spec: "Hi,\n  one\n  two\n"),
        SpecCase("Standalone block", "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n", [:], partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"], spec: "Hi,\n  one\n  two\n"),
        SpecCase("Block reindentation", "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n", [:], partials: ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"], spec: "Hi,\n  one\n  two\n"),
        SpecCase("Intrinsic indentation", "{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n", [:], partials: ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"], spec: "Hi,\n  one\n  two\n", swiftMustacheGives: "Hi,\none\ntwo\n"),
        SpecCase("Nested block reindentation", "{{<parent}}{{$nested}}\nthree\n{{/nested}}{{/parent}}\n", [:], partials: ["parent": "{{<grandparent}}{{$block}}\n  one\n  {{$nested}}\n    two\n  {{/nested}}\n{{/block}}{{/grandparent}}\n", "grandparent": "{{$block}}default{{/block}}"], spec: "one\n  three\n", swiftMustacheGives: "one\nthree\n"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
