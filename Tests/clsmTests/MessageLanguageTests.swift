import Foundation
import Testing

/// clsm writes its messages in French unless told otherwise: `--lang en`, `CLSM_LANG=en`, or a site in English.
@Suite struct MessageLanguageTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]
    let mistaken = "---\ntitle: Présentation\ncomune: Metz\nweight: un\n---\nTexte.\n"

    @Test func messagesAreInFrenchByDefault() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write(mistaken, to: "content/presentation.md")
        let result = try CommandRunner.run(["check"], in: workspace.site, environment: pinned, language: nil)
        #expect(result.status == 1)
        #expect(result.stderr == """
            content/presentation.md:4:9: erreur : la clé `weight` doit être un nombre entier, pas `un`
            content/presentation.md:3:1: avertissement : clé inconnue `comune` dans l'en-tête d'une page
            .: 1 erreur, 1 avertissement

            """.replacingOccurrences(of: ".: 1 erreur", with: ". : 1 erreur"))
    }

    @Test func theSameRunSaysTheSameInEnglish() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write(mistaken, to: "content/presentation.md")
        let expected = """
            content/presentation.md:4:9: error: `weight` must be a whole number, not `un`
            content/presentation.md:3:1: warning: unknown key `comune` in a page front matter
            .: 1 error, 1 warning

            """
        let option = try CommandRunner.run(["check", "--lang", "en"], in: workspace.site, environment: pinned, language: nil)
        #expect(option.stderr == expected)
        let variable = try CommandRunner.run(["check"], in: workspace.site, environment: pinned, language: "en")
        #expect(variable.stderr == expected)
        let refused = try CommandRunner.run(["check", "--lang", "de"], in: workspace.site, environment: pinned, language: nil)
        #expect(refused.status != 0 && refused.stderr.contains("--lang must be fr or en, not de"))
    }

    @Test func theSuccessLineCountsTheWarnings() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: Présentation\ncomune: Metz\n---\nTexte.\n", to: "content/presentation.md")
        let result = try CommandRunner.run(["build"], in: workspace.site, environment: pinned, language: nil)
        #expect(result.status == 0)
        #expect(result.stdout == ". : 16 fichiers construits dans public, avec 1 avertissement\n")
    }
}

/// Under each diagnostic, the terminal shows the line it points at and a caret under its column, as a compiler does;
/// GitHub annotations and JSON do not.
@Suite struct SourceExcerptTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]

    @Test func theLineAndACaretFollowEachDiagnostic() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: Présentation\n\tweight: un\n---\nTexte.\n", to: "content/presentation.md")
        let result = try CommandRunner.run(["check"], in: workspace.site, environment: pinned, language: nil, excerpts: true)
        #expect(result.stderr == """
            content/presentation.md:3:1: erreur : une tabulation : YAML indente avec des espaces ; remplacez cette tabulation par des espaces
              3 | \\u{9}weight: un
                | ^
            . : 1 erreur, 0 avertissement

            """)
        let github = try CommandRunner.run(["check", "--format", "github"], in: workspace.site, environment: pinned, excerpts: true)
        #expect(!github.stdout.contains(" | ") && !github.stderr.contains(" | "))
    }
}

/// Errors come first; a kind of warning that comes many times is one warning and a count, all of them with --verbose.
@Suite struct WarningGroupsTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]

    @Test func manyWarningsOfAKindAreCountedAfterTheErrors() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: Présentation\nun: 1\ndeux: 2\ntrois: 3\nquatre: 4\nweight: lourd\n---\nTexte.\n",
                            to: "content/presentation.md")
        let grouped = try CommandRunner.run(["check"], in: workspace.site, environment: pinned)
        #expect(grouped.stderr == """
            content/presentation.md:7:9: error: `weight` must be a whole number, not `lourd`
            content/presentation.md:3:1: warning: unknown key `un` in a page front matter
            … and 3 other warnings of the same kind (`key.unknown-key`): `--verbose` shows them all
            .: 1 error, 4 warnings

            """)
        let verbose = try CommandRunner.run(["check", "--verbose"], in: workspace.site, environment: pinned)
        #expect(verbose.stderr.split(separator: "\n").filter { $0.contains(": warning: unknown key") }.count == 4)
        let github = try CommandRunner.run(["check", "--format", "github"], in: workspace.site, environment: pinned)
        #expect(github.stdout.split(separator: "\n").filter { $0.hasPrefix("::warning ") }.count == 4)
    }
}
