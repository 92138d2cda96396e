import Foundation
import Testing
import TestSupport

/// `clsm new` run as a process: a new site builds at once in strict mode; new pages land in the right folder.
@Suite struct NewCommandTests {
    let pinned = ["SOURCE_DATE_EPOCH": "1760263200"]
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes/clsm").path

    @Test func aNewSiteWithTheThemeCopiedBuildsInStrictMode() throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        let created = try CommandRunner.run(["new", "site", "mon-clsm", "--theme", Self.theme], in: root, environment: pinned)
        #expect(created.status == 0)
        #expect(created.stdout == """
            created the site mon-clsm
            copied the theme from \(Self.theme) into mon-clsm/themes/clsm
            preview it with: clsm serve mon-clsm

            """)
        let built = try CommandRunner.run(["build", "mon-clsm", "--strict"], in: root, environment: pinned)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "")
        for page in ["index.html", "presentation/index.html", "guide/cmp-adultes/index.html", "agenda/cafe-debat/index.html"] {
            #expect(FileManager.default.fileExists(atPath: root + "/mon-clsm/public/" + page), "\(page)")
        }
        let event = try String(contentsOfFile: root + "/mon-clsm/content/agenda/cafe-debat.md", encoding: .utf8)
        #expect(event.contains("start: 2025-11-11 18:30\n"))
        let guide = try String(contentsOfFile: root + "/mon-clsm/content/guide/cmp-adultes.md", encoding: .utf8)
        #expect(guide.contains("updated: 2025-10-12\n"))
    }

    @Test func everyKeyOfTheNewSettingsIsExplainedInFrench() throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        _ = try CommandRunner.run(["new", "site", "s", "--theme", Self.theme], in: root, environment: pinned)
        let lines = try String(contentsOfFile: root + "/s/site.yml", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let text = line.hasPrefix("# ") ? line.dropFirst(2) : line
            guard let colon = text.firstIndex(of: ":"), colon > text.startIndex,
                  text[..<colon].allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else { continue }
            #expect(index > 0 && lines[index - 1].hasPrefix("#"), "top-level key without a comment above it: \(line)")
        }
        for key in ["title", "base_url", "language", "timezone", "theme", "description", "logo", "territory", "carrier",
                    "contact", "menu", "partners", "legal", "accessibility", "emergency", "sism", "guide", "sections", "params"] {
            #expect(lines.contains { $0 == "\(key):" || $0.hasPrefix("\(key): ") || $0 == "# \(key):" || $0.hasPrefix("# \(key): ") },
                    "site.yml does not show `\(key)`")
        }
    }

    @Test func aSiteInsideAFolderWithTheThemeUsesItWithoutACopy() throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        try FileManager.default.createDirectory(atPath: root + "/themes", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.theme, toPath: root + "/themes/clsm")
        let created = try CommandRunner.run(["new", "site", "sites/lens"], in: root, environment: pinned)
        #expect(created.stdout.contains("the site uses the theme found above it: \(root)/themes/clsm\n"))
        #expect(!FileManager.default.fileExists(atPath: root + "/sites/lens/themes"))
        #expect(try CommandRunner.run(["build", "sites/lens", "--strict"], in: root, environment: pinned).status == 0)
    }

    @Test func aFolderThatIsNotEmptyIsLeftAlone() throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        try FileManager.default.createDirectory(atPath: root + "/pris", withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: URL(fileURLWithPath: root + "/pris/note.txt"))
        let result = try CommandRunner.run(["new", "site", "pris", "--theme", Self.theme], in: root, environment: pinned)
        #expect(result.status == 1)
        #expect(result.stderr == "error: pris already exists and is not empty; choose a new folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/pris") == ["note.txt"])
    }

    @Test(arguments: [
        ("page", "Nous contacter", "content/nous-contacter.md", ""),
        ("action", "Semaine d'information", "content/actions/semaine-d-information.md", "status: planned\n"),
        ("news", "Réunion plénière", "content/actualites/reunion-pleniere.md", "date: 2025-10-12\n"),
        ("resource", "GEM « L'Envol »", "content/guide/gem-l-envol.md", "category: autre\n"),
        ("event", "Ciné-débat", "content/agenda/cine-debat.md", "start: 2025-10-12 18:30\n"),
    ])
    func aNewPageGoesInTheFolderOfItsKindAndTheSiteStillBuilds(kind: String, title: String, path: String, key: String) throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        _ = try CommandRunner.run(["new", "site", "site", "--theme", Self.theme], in: root, environment: pinned)
        let created = try CommandRunner.run(["new", kind, title, "--site", "site"], in: root, environment: pinned)
        #expect(created.status == 0)
        #expect(created.stdout == "created site/\(path)\n")
        let text = try String(contentsOfFile: root + "/site/" + path, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"\(title)\"\n"))
        #expect(key.isEmpty || text.contains(key))
        let built = try CommandRunner.run(["build", "site"], in: root, environment: pinned)
        #expect(built.status == 0, "\(built.stderr)")
    }

    @Test func aNewPageNeverReplacesAFileAndQuotesItsTitle() throws {
        let temporary = TemporaryFolder(prefix: "clsm-new")
        let root = temporary.path
        _ = try CommandRunner.run(["new", "site", "site", "--theme", Self.theme], in: root, environment: pinned)
        let first = try CommandRunner.run(["new", "page", "Présentation"], in: root + "/site", environment: pinned)
        #expect(first.status == 1)
        #expect(first.stderr == "error: content/presentation.md already exists; it was left as it is\n")
        let quoted = try CommandRunner.run(["new", "page", "Le \"CLSM\" \\ nous"], in: root + "/site", environment: pinned)
        #expect(quoted.stdout == "created content/le-clsm-nous.md\n")
        let text = try String(contentsOfFile: root + "/site/content/le-clsm-nous.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Le \\\"CLSM\\\" \\\\ nous\"\n"))
        // The text `clsm new` wrote is a placeholder: published as it is without --strict, refused with it.
        #expect(try CommandRunner.run(["build"], in: root + "/site", environment: pinned).status == 0)
        let strict = try CommandRunner.run(["build", "--strict"], in: root + "/site", environment: pinned)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(
            "content/le-clsm-nous.md:6:1: warning: the text « Écrivez ici le texte de la page. » written by `clsm new` is still here: replace it with the real text"))
        let empty = try CommandRunner.run(["new", "page", "!!!"], in: root + "/site", environment: pinned)
        #expect(empty.status == 1)
        let outside = try CommandRunner.run(["new", "page", "Titre"], in: root, environment: pinned)
        #expect(outside.stderr == "error: . is not a site folder (no site.yml); give --site DIR\n")
    }
}
