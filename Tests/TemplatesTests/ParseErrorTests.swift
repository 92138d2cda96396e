import Templates
import Testing

/// Every syntax error, at the line and column swift-mustache gives (its pragma line taken off).
@Suite struct ParseErrorTests {
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let template: String
        let error: TemplateSyntaxError
        let line: Int
        let column: Int
        var testDescription: String { template.debugDescription }
    }

    static let cases: [ErrorCase] = [
        ErrorCase(template: "a\n{{#s}}x{{/t}}", error: .sectionCloseNameIncorrect, line: 2, column: 11),
        ErrorCase(template: "{{/s}}", error: .sectionCloseNameIncorrect, line: 1, column: 4),
        ErrorCase(template: "{{a b}}", error: .unfinishedName, line: 1, column: 5),
        ErrorCase(template: "{{a(b}}", error: .unfinishedName, line: 1, column: 8),
        // swift-mustache's internal overflow: the text ends inside a tag, or right after a `{`.
        ErrorCase(template: "x {{name", error: .unfinishedName, line: 1, column: 9),
        ErrorCase(template: "text {", error: .unfinishedName, line: 1, column: 6),
        ErrorCase(template: "{{! never closed", error: .unfinishedName, line: 1, column: 4),
        ErrorCase(template: "{{#s}}\n\n", error: .expectedSectionEnd, line: 3, column: 1),
        ErrorCase(template: "{{=<%>=}}", error: .invalidSetDelimiter, line: 1, column: 4),
        ErrorCase(template: "{{= <% %> x}}", error: .invalidSetDelimiter, line: 1, column: 11),
        ErrorCase(template: "{{$lowercased(b)}}{{/b}}", error: .transformAppliedToInheritanceSection, line: 1, column: 19),
        ErrorCase(template: "{{<p}}{{x}}{{/p}}\nafter", error: .illegalTokenInsideInheritSection, line: 1, column: 18),
        ErrorCase(template: "{{% CONTENT_TYPE TEXT}}", error: .invalidConfigVariableSyntax, line: 1, column: 18),
        ErrorCase(template: "{{% CONTENT_TYPE: }}", error: .invalidConfigVariableSyntax, line: 1, column: 21),
        ErrorCase(template: "{{% SIZE: 3}}", error: .unrecognisedConfigVariable, line: 1, column: 14),
        ErrorCase(template: "{{% CONTENT_TYPE: XML}}", error: .unrecognisedConfigVariable, line: 1, column: 24),
        ErrorCase(template: "a\r\nb\rc\n{{/x}}", error: .sectionCloseNameIncorrect, line: 3, column: 4),
    ]

    @Test(arguments: cases) func bothEnginesFailAlike(_ errorCase: ErrorCase) {
        let templates = ["main": errorCase.template]
        let expected = Outcome.failed(TemplateProblem(template: "main", line: errorCase.line, column: errorCase.column,
                                                      error: errorCase.error))
        #expect(ReferenceEngine.outcome("main", templates: templates, values: [:]) == expected)
        #expect(TemplateLibrary.outcome("main", templates: templates, values: [:]) == expected)
    }

    @Test func aTemplateThatFailsIsLeftOutAndTheOthersKept() throws {
        let library = TemplateLibrary(sources: ["b": "{{#x}}", "a": "{{/y}}", "ok": "[{{>a}}]"])
        #expect(library.names == ["ok"])
        #expect(library.contains("ok") && !library.contains("a"))
        #expect(library.problems.map(\.template) == ["a", "b"])
        #expect(try library.render("ok", with: [:]) == "[]")
        #expect(throws: TemplateRenderError.unknownTemplate("a")) { try library.render("a", with: [:]) }
    }
}
