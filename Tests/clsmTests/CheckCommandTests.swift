import Foundation
import Testing

/// `clsm check` run as a process, and the `--format` of `check` and `build`.
@Suite struct CheckCommandTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]
    let brokenPage = "---\ntitle: Présentation\n---\nVoir [le rôle](organisation/comite.md#roles).\n"

    @Test func aCleanSiteChecksWithExitZeroAndWritesNothing() throws {
        let workspace = try Workspace(copying: "basic")
        let result = try CommandRunner.run(["check"], in: workspace.site, environment: pinned)
        #expect(result.status == 0)
        #expect(result.stdout == ".: checked 17 files, 0 warnings\n")
        #expect(result.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: workspace.site + "/public"))
    }

    @Test func aBrokenAnchorFailsTheCheckAtItsLine() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write(brokenPage, to: "content/presentation.md")
        let result = try CommandRunner.run(["check"], in: workspace.site, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            content/presentation.md:4:6: error: the link `organisation/comite.md#roles` points to the anchor `#roles`, which the page /clsm/organisation/comite/ does not have; did you mean `#role`?
            .: 1 error, 0 warnings

            """)
        #expect(!FileManager.default.fileExists(atPath: workspace.site + "/public"))
    }

    @Test func strictFailsOnWarnings() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write("---\ntitle: Présentation\ncomune: Metz\n---\n", to: "content/presentation.md")
        #expect(try CommandRunner.run(["check"], in: workspace.site, environment: pinned).status == 0)
        let strict = try CommandRunner.run(["check", "--strict"], in: workspace.site, environment: pinned)
        #expect(strict.status == 1)
        #expect(strict.stderr == """
            content/presentation.md:3:1: warning: unknown key `comune` in a page front matter
            .: error: warnings are errors with --strict

            """)
    }

    @Test func githubFormatPrintsAnnotationsOnStandardOutput() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write(brokenPage, to: "content/presentation.md")
        for command in ["check", "build"] {
            let result = try CommandRunner.run([command, "site", "nulle-part", "--format", "github"], in: workspace.root, environment: pinned)
            #expect(result.status == 1)
            #expect(result.stdout == """
                ::error file=site/content/presentation.md,line=4,col=6,title=link.anchor-missing::the link `organisation/comite.md#roles` points to the anchor `#roles`, which the page /clsm/organisation/comite/ does not have; did you mean `#role`?
                ::error title=command.no-such-site-folder::nulle-part: no such site folder

                """)
        }
    }

    @Test func jsonFormatPrintsOneListAndKeepsStandardOutputForIt() throws {
        let workspace = try Workspace(copying: "basic")
        try workspace.write(brokenPage, to: "content/presentation.md")
        let result = try CommandRunner.run(["build", "--format", "json"], in: workspace.site, environment: pinned)
        #expect(result.status == 1)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["file"] as? String == "content/presentation.md")
        #expect(list.first?["line"] as? Int == 4)
        #expect(list.first?["column"] as? Int == 6)
        #expect(list.first?["severity"] as? String == "error")
        #expect(result.stderr == ".: 1 error, 0 warnings; the output was not changed\n")

        try workspace.write("---\ntitle: Présentation\n---\n", to: "content/presentation.md")
        let clean = try CommandRunner.run(["build", "--format", "json"], in: workspace.site, environment: pinned)
        #expect(clean.status == 0)
        #expect(clean.stdout == "[]\n")
        #expect(clean.stderr == ".: built 16 files into public\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let workspace = try Workspace(copying: "basic")
        let result = try CommandRunner.run(["check", "--format", "xml"], in: workspace.site, environment: pinned)
        #expect(result.status == 64)
    }
}
