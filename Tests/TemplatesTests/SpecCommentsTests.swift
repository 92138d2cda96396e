import Templates
import Testing

/// The cases of the Mustache spec's `comments.json`, transcribed: both engines must give the same text.
@Suite struct SpecCommentsTests {
    static let cases: [SpecCase] = [
        SpecCase("Inline", "12345{{! Comment Block! }}67890", [:], spec: "1234567890"),
        SpecCase("Multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", [:], spec: "1234567890\n"),
        SpecCase("Standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Indented Standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{! Standalone Comment }}\r\n|", [:], spec: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{! I'm Still Standalone }}\n!", [:], spec: "!"),
        SpecCase("Standalone Without Newline", "!\n  {{! I'm Still Standalone }}", [:], spec: "!\n"),
        SpecCase("Multiline Standalone", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Indented Multiline Standalone", "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n", [:], spec: "Begin.\nEnd.\n"),
        SpecCase("Indented Inline", "  12 {{! 34 }}\n", [:], spec: "  12 \n"),
        SpecCase("Surrounding Whitespace", "12345 {{! Comment Block! }} 67890", [:], spec: "12345  67890"),
        SpecCase("Variable Name Collision", "comments never show: >{{! comment }}<", ["! comment": 1, "! comment ": 2, "!comment": 3, "comment": 4], spec: "comments never show: ><"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
