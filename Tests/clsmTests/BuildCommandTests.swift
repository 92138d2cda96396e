import Foundation
import Testing

/// `clsm build` run as a process: exit codes, what it prints, what it leaves on disk.
@Suite struct BuildCommandTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]

    @Test func buildsTheSiteAndSaysWhere() throws {
        let workspace = try Workspace(copying: "basic")
        let result = try CommandRunner.run(["build"], in: workspace.site, environment: pinned)
        #expect(result.status == 0)
        #expect(result.stdout == ".: built 17 files into public\n")
        #expect(result.stderr == "")
        #expect(workspace.tree("public")["presentation/index.html"] != nil)
    }

    @Test func aFrontMatterMistakeIsReportedAtItsLineAndLeavesThePreviousOutputUntouched() throws {
        let workspace = try Workspace(copying: "basic")
        #expect(try CommandRunner.run(["build"], in: workspace.site, environment: pinned).status == 0)
        let before = workspace.tree("public")

        try workspace.write("---\ntitle: Présentation\nweight: un\n---\nTexte.\n", to: "content/presentation.md")
        let result = try CommandRunner.run(["build"], in: workspace.site, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            content/presentation.md:3:9: error: `weight` must be a whole number, not `un`
            .: 1 error, 0 warnings; the output was not changed

            """)
        #expect(workspace.tree("public") == before)
    }

    @Test func diagnosticsOfASiteNamedOnTheCommandLineCarryItsFolder() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: [a]\n---\n", to: "content/presentation.md")
        let result = try CommandRunner.run(["build", "site"], in: workspace.root, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("site/content/presentation.md:2:1: error: `title` must be a single value, not a list\n"))
    }

    @Test func sameInputGivesByteIdenticalOutputWhateverTheZoneLocaleAndPath() throws {
        let first = try Workspace(copying: "basic")
        let second = try Workspace(copying: "basic", prefix: "clsm-cli autre chemin")
        let a = try CommandRunner.run(["build"], in: first.site, environment: pinned.merging(["TZ": "UTC", "LANG": "C"]) { $1 })
        let b = try CommandRunner.run(["build"], in: second.site,
                                      environment: pinned.merging(["TZ": "Pacific/Kiritimati", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"]) { $1 })
        #expect(a.status == 0 && b.status == 0)
        #expect(!first.tree("public").isEmpty)
        #expect(first.tree("public") == second.tree("public"))
    }

    @Test func nowDecidesWhichDatedPagesArePublished() throws {
        let workspace = try Workspace(copying: "basic")
        _ = try CommandRunner.run(["build", "--now", "2025-10-12"], in: workspace.site)
        #expect(workspace.tree("public")["actualites/future/index.html"] == nil)
        _ = try CommandRunner.run(["build", "--now", "2025-12-01T00:00:00+01:00"], in: workspace.site)
        #expect(workspace.tree("public")["actualites/future/index.html"] != nil)
        _ = try CommandRunner.run(["build", "--drafts"], in: workspace.site, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(workspace.tree("public")["actualites/brouillon/index.html"] != nil)
    }

    @Test func anUnreadableNowIsAUsageError() throws {
        let workspace = try Workspace(copying: "basic")
        let result = try CommandRunner.run(["build", "--now", "demain"], in: workspace.site)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--now must be an ISO 8601 date or date-time (`2025-10-12` or `2025-10-12T12:00:00+02:00`), not `demain`"))
        // The command's own usage, not the bare `clsm <subcommand>`: the error comes while the arguments are read.
        #expect(result.stderr.contains("See 'clsm build --help' for more information."))
        let epoch = try CommandRunner.run(["build"], in: workspace.site, environment: ["SOURCE_DATE_EPOCH": "hier"])
        #expect(epoch.status == 64)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let workspace = try Workspace(copying: "basic")
        let foreign = workspace.root + "/documents"
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try "précieux".write(toFile: foreign + "/note.txt", atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["build", "--output", foreign], in: workspace.site, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stderr.contains("it was not made by clsm"))
        #expect(try String(contentsOfFile: foreign + "/note.txt", encoding: .utf8) == "précieux")
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign) == ["note.txt"])

        let intoSources = try CommandRunner.run(["build", "--output", "."], in: workspace.site, environment: pinned)
        #expect(intoSources.status == 1)
        #expect(intoSources.stderr.contains("it contains the site's sources"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: Présentation\ncomune: Metz\n---\n", to: "content/presentation.md")
        let lenient = try CommandRunner.run(["build"], in: workspace.site, environment: pinned)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == "content/presentation.md:3:1: warning: unknown key `comune` in a page front matter\n")
        let strict = try CommandRunner.run(["build", "--strict", "--output", "strict"], in: workspace.site, environment: pinned)
        #expect(strict.status == 1)
        #expect(workspace.tree("strict").isEmpty)
    }

    /// RGAA: a site that is not fully compliant publishes its schéma pluriannuel; without one, the build warns, and with
    /// `--strict` fails, writing nothing.
    @Test func aMissingAccessibilityPlanIsAWarningAndWithStrictAFailure() throws {
        let workspace = try Workspace(copying: "basic")
        let config = try String(contentsOfFile: workspace.site + "/site.yml", encoding: .utf8)
        try workspace.write(config + "accessibility:\n  status: none\n", to: "site.yml")
        let warning = "site.yml:9:1: warning: a site that is not fully compliant publishes its multi-year accessibility plan: "
            + "add `plan:` (`responsible`, `years` with their `actions`) to `accessibility`\n"
        let lenient = try CommandRunner.run(["build"], in: workspace.site, environment: pinned)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == warning)
        let strict = try CommandRunner.run(["build", "--strict", "--output", "strict"], in: workspace.site, environment: pinned)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix(warning))
        #expect(workspace.tree("strict").isEmpty)
    }

    @Test func timingsArePrintedOnStandardErrorAndChangeNothingOfTheOutput() throws {
        let workspace = try Workspace(copying: "basic")
        let plain = try CommandRunner.run(["build", "--output", "plain"], in: workspace.site, environment: pinned)
        let timed = try CommandRunner.run(["build", "--output", "timed", "--timings", "--jobs", "2"], in: workspace.site, environment: pinned)
        #expect(timed.status == 0)
        #expect(timed.stdout == ".: built 17 files into timed\n")
        let shapes = timed.stderr.replacingOccurrences(of: #"\d+\.\d{3} s"#, with: "N s", options: .regularExpression)
        #expect(shapes == """
            timings, 2 threads: wall time of each stage
              read and validate                N s
              load the theme                   N s
              resolve                          N s
              exports and feeds                N s
              pages                            N s
              check the links                  N s
              write the rest, move into place  N s
              between the stages               N s
              total                            N s
            processor time of the page threads, summed over threads
              templates                        N s
              Markdown (cmark, ids, links)     N s

            """)
        #expect(plain.stderr == "")
        #expect(!workspace.tree("plain").isEmpty)
        #expect(workspace.tree("timed") == workspace.tree("plain"))
    }
}
