import Foundation
@testable import SiteKit
import Testing

/// The three ways diagnostics are printed, in French by default and in English.
@Suite struct DiagnosticFormatTests {
    private let located = Diagnostic(.error, at: SourceLocation(file: "content/a, b.md", line: 3, column: 9),
                                     Message(.yamlMalformed, fr: "100 % faux :\nvoir `x`", en: "100% wrong:\nsee `x`"))

    @Test func humanLinesAreThoseOfACompiler() {
        #expect(ReportedDiagnostic(located, site: ".").humanLine(in: .english) == "content/a, b.md:3:9: error: 100% wrong:\\u{A}see `x`")
        #expect(ReportedDiagnostic(located, site: ".").humanLine(in: .french) == "content/a, b.md:3:9: erreur : 100 % faux :\\u{A}voir `x`")
        #expect(ReportedDiagnostic(located, site: "sites/arras/").humanLine(in: .english).hasPrefix("sites/arras/content/a, b.md:3:9: error:"))
        #expect(ReportedDiagnostic(site: "x", severity: .error, message: .noSuchSiteFolder()).humanLine(in: .english)
            == "x: error: no such site folder")
        #expect(ReportedDiagnostic(site: "x", severity: .warning, message: .noSuchSiteFolder()).humanLine(in: .french)
            == "x: avertissement : ce dossier de site n'existe pas")
    }

    /// A file name or a quoted value cannot recolour a terminal or CI log, rewrite the line, or reorder it on screen.
    @Test func controlCharactersAreWrittenOut() {
        let hostile = Diagnostic(.error, at: SourceLocation(file: "content/\u{1B}[2Ja.md", line: 1, column: 1),
                                 .emptyValue("\u{202E}gpj.exe\r\u{7F}\u{85}\t"))
        let shown = "content/\\u{1B}[2Ja.md:1:1: error: `\\u{202E}gpj.exe\\u{D}\\u{7F}\\u{85}\\u{9}` must not be empty"
        #expect(ReportedDiagnostic(hostile, site: ".").humanLine(in: .english) == shown)
        #expect(hostile.line(in: .english) == shown)
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(hostile, site: "."), language: .english)
            == "::error file=content/\\u{1B}[2Ja.md,line=1,col=1,title=key.empty-value::`\\u{202E}gpj.exe%0D\\u{7F}\\u{85}\\u{9}` must not be empty")
    }

    @Test func gitHubAnnotationsEscapeWhatTheRunnerReadsAndCarryTheCode() {
        let line = GitHubAnnotation.line(for: ReportedDiagnostic(located, site: "sites/arras"), language: .english)
        #expect(line == "::error file=sites/arras/content/a%2C b.md,line=3,col=9,title=file.yaml-malformed::100%25 wrong:%0Asee `x`")
        let warning = Diagnostic(.warning, at: SourceLocation(file: "../../themes/clsm/layouts/page.mustache", line: 2, column: 1),
                                 .themeStringNotText())
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(warning, site: "./sites/arras"), language: .french)
            == "::warning file=themes/clsm/layouts/page.mustache,line=2,col=1,title=theme.theme-string-not-text::chaque texte du thème doit être un seul texte")
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(site: "x", severity: .error, message: .noSuchSiteFolder()), language: .english)
            == "::error title=command.no-such-site-folder::x: no such site folder")

        // A combining mark after `,` or `:` must not hide the separator from the escaping.
        let hidden = Diagnostic(.error, at: SourceLocation(file: "content/a,\u{301}title=x:\u{301}.md", line: 1, column: 1), .noSiteFile())
        #expect(GitHubAnnotation.line(for: ReportedDiagnostic(hidden, site: "."), language: .english)
            == "::error file=content/a%2C\u{301}title=x%3A\u{301}.md,line=1,col=1,title=file.no-site-file::no site.yml in this folder: is it a clsm site?")
    }

    @Test func jsonIsOneListThatAParserReadsBack() throws {
        let text = DiagnosticJSON.document([
            ReportedDiagnostic(located, site: "."),
            ReportedDiagnostic(site: "x", severity: .warning, message: Message(.yamlMalformed, fr: "« guillemets » </script>", en: "quotes")),
        ], language: .french)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["file"] as? String == "content/a, b.md")
        #expect(parsed[0]["line"] as? Int == 3)
        #expect(parsed[0]["column"] as? Int == 9)
        #expect(parsed[0]["severity"] as? String == "error")
        #expect(parsed[0]["code"] as? String == "file.yaml-malformed")
        #expect(parsed[0]["message"] as? String == "100 % faux :\nvoir `x`")
        #expect(parsed[1]["file"] == nil)
        #expect(parsed[1]["message"] as? String == "« guillemets » </script>")
        #expect(DiagnosticJSON.document([], language: .english) == "[]")
    }
}
