import Foundation
import SiteKit
import Testing

/// The three ways diagnostics are printed.
@Suite struct DiagnosticFormatTests {
    private let located = Diagnostic(.error, at: SourceLocation(file: "content/a, b.md", line: 3, column: 9), "100% wrong:\nsee `x`")

    @Test func humanLinesAreThoseOfACompiler() {
        #expect(ReportedDiagnostic(located, site: ".").humanLine == "content/a, b.md:3:9: error: 100% wrong:\\u{A}see `x`")
        #expect(ReportedDiagnostic(located, site: "sites/arras/").humanLine.hasPrefix("sites/arras/content/a, b.md:3:9: error:"))
        #expect(ReportedDiagnostic(site: "x", severity: .error, message: "no such site folder").humanLine == "x: error: no such site folder")
    }

    /// A file name or a quoted value cannot recolour a terminal or CI log, rewrite the line, or reorder it on screen.
    @Test func controlCharactersAreWrittenOut() {
        let hostile = Diagnostic(.error, at: SourceLocation(file: "content/\u{1B}[2Ja.md", line: 1, column: 1),
                                 "not `\u{202E}gpj.exe\r\u{7F}\u{85}\t`")
        let shown = "content/\\u{1B}[2Ja.md:1:1: error: not `\\u{202E}gpj.exe\\u{D}\\u{7F}\\u{85}\\u{9}`"
        #expect(ReportedDiagnostic(hostile, site: ".").humanLine == shown)
        #expect(hostile.description == shown)
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(hostile, site: "."))
            == "::error file=content/\\u{1B}[2Ja.md,line=1,col=1::not `\\u{202E}gpj.exe%0D\\u{7F}\\u{85}\\u{9}`")
    }

    @Test func gitHubAnnotationsEscapeWhatTheRunnerReads() {
        let line = GitHubAnnotation.line(for: ReportedDiagnostic(located, site: "sites/arras"))
        #expect(line == "::error file=sites/arras/content/a%2C b.md,line=3,col=9::100%25 wrong:%0Asee `x`")
        let warning = Diagnostic(.warning, at: SourceLocation(file: "../../themes/clsm/layouts/page.mustache", line: 2, column: 1), "w")
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(warning, site: "./sites/arras"))
            == "::warning file=themes/clsm/layouts/page.mustache,line=2,col=1::w")
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(site: "x", severity: .error, message: "no such site folder"))
            == "::error::x: no such site folder")

        // A combining mark after `,` or `:` must not hide the separator from the escaping.
        let hidden = Diagnostic(.error, at: SourceLocation(file: "content/a,\u{301}title=x:\u{301}.md", line: 1, column: 1), "m")
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(hidden, site: "."))
            == "::error file=content/a%2C\u{301}title=x%3A\u{301}.md,line=1,col=1::m")
    }

    @Test func jsonIsOneListThatAParserReadsBack() throws {
        let text = DiagnosticJSON.document([
            ReportedDiagnostic(located, site: "."),
            ReportedDiagnostic(site: "x", severity: .warning, message: "« guillemets » </script>"),
        ])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["file"] as? String == "content/a, b.md")
        #expect(parsed[0]["line"] as? Int == 3)
        #expect(parsed[0]["column"] as? Int == 9)
        #expect(parsed[0]["severity"] as? String == "error")
        #expect(parsed[0]["message"] as? String == "100% wrong:\nsee `x`")
        #expect(parsed[1]["file"] == nil)
        #expect(parsed[1]["message"] as? String == "« guillemets » </script>")
        #expect(DiagnosticJSON.document([]) == "[]")
    }
}
