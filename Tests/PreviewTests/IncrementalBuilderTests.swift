import Foundation
import SiteKit
import Testing

/// The incremental build gives, after any edit, the same output as a full build, while rendering only what changed.
@Suite struct IncrementalBuilderTests {
    let context = BuildContext(now: .instant(Date(timeIntervalSince1970: 1_760_263_200)))

    /// An incremental builder syncing into `output`, and the full build to compare with.
    struct Pair {
        let copy: SiteCopy
        let builder: IncrementalBuilder
        var sync: OutputSync
        let context: BuildContext
        var output: String { copy.root + "/preview" }

        init(_ site: String, context: BuildContext) throws {
            copy = try SiteCopy(site)
            builder = IncrementalBuilder(folder: try copy.folder, context: context)
            sync = OutputSync(output: copy.root + "/preview", folder: try copy.folder)
            self.context = context
        }

        /// Builds incrementally and syncs; returns the build (nil on errors) and its diagnostics.
        mutating func rebuild() throws -> (build: IncrementalBuild?, changed: [String]?, log: DiagnosticLog) {
            var log = DiagnosticLog()
            let build = builder.render(log: &log)
            let changed = build.flatMap { sync.apply($0, log: &log) }
            return (build, changed, log)
        }

        /// Builds incrementally after the files at `changed` (paths in the site folder) changed, and syncs.
        mutating func rebuild(after changed: [String]) throws -> (build: IncrementalBuild?, changed: [String]?, log: DiagnosticLog) {
            var log = DiagnosticLog()
            let build = builder.render(after: Set(changed.map { copy.site + "/" + $0 }), log: &log)
            let written = build.flatMap { sync.apply($0, log: &log) }
            return (build, written, log)
        }

        /// The diagnostics a full build of the same files gives.
        func fullBuildDiagnostics() throws -> [String] {
            var log = DiagnosticLog()
            _ = SiteBuilder(folder: try copy.folder, context: context).render(log: &log)
            return log.sorted.map { $0.line(in: .english) }
        }

        /// The differences between the synced output and a full build of the same files (empty when equal).
        func differencesFromFullBuild() throws -> [String] {
            var log = DiagnosticLog()
            let full = copy.root + "/full"
            #expect(SiteBuilder(folder: try copy.folder, context: context).build(into: full, log: &log))
            let expected = SiteCopy.tree(full)
            let actual = SiteCopy.tree(output)
            return Set(expected.keys).union(actual.keys).sorted().filter { expected[$0] != actual[$0] }
        }
    }

    @Test func theFirstBuildRendersEverythingAsAFullBuildDoes() throws {
        var pair = try Pair("sites/arras", context: context)
        let first = try pair.rebuild()
        #expect(first.build?.isComplete == true)
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func editingOnePageBodyRendersThatPageOnly() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read("content/objectifs.md")
        let edited = page + "\nUne phrase ajoutée.\n"
        try pair.copy.write(edited, to: "content/objectifs.md")
        let second = try pair.rebuild()
        // Feeds and exports are made again at each build; of the pages, only the edited one is rendered.
        let rendered = second.build?.files.compactMap { file -> String? in
            if file.contents.text != nil, file.path.hasSuffix(".html") { return file.path }
            return nil
        }
        #expect(rendered == ["objectifs/index.html"])
        #expect(second.changed == ["objectifs/index.html"])
        #expect(try pair.differencesFromFullBuild() == [])

        // Told which file changed, as `clsm serve` is, the builder sees a body edit: the page is the whole build,
        // feeds and exports are not even listed again.
        try pair.copy.write(page + "\n## Une section ajoutée\n\nUne phrase ajoutée.\n", to: "content/objectifs.md")
        let third = try pair.rebuild(after: ["content/objectifs.md"])
        #expect(third.build?.files.map(\.path) == ["objectifs/index.html"])
        #expect(third.changed == ["objectifs/index.html"])
        #expect(try pair.differencesFromFullBuild() == [])

        // The body back as the second build had it, with a title changed elsewhere: the whole site is gone through,
        // and the page is rendered again rather than taken from that build, whose fingerprint it has again.
        try pair.copy.write(edited, to: "content/objectifs.md")
        let other = try pair.copy.read("content/contact.md")
        try pair.copy.write(other.replacingOccurrences(of: "title: ", with: "title: Nous "), to: "content/contact.md")
        let fourth = try pair.rebuild(after: ["content/objectifs.md", "content/contact.md"])
        #expect(fourth.changed?.contains("objectifs/index.html") == true)
        #expect(fourth.changed?.contains("contact/index.html") == true)
        #expect(try pair.differencesFromFullBuild() == [])
    }

    /// A front matter edit: the file, the text replaced, pages that must be rendered again, a page that must not.
    struct FrontMatterEdit: Sendable, CustomTestStringConvertible {
        let file: String
        let replacing: (String, String)
        let shownOn: [String]
        let notOn: String
        var testDescription: String { file }
    }

    @Test(arguments: [
        // An action's title shows on its page and in its section's list.
        FrontMatterEdit(file: "content/actions/formation-reperage.md", replacing: ("title: \"Former", "title: \"Mieux former"),
                        shownOn: ["actions/formation-reperage/index.html", "actions/index.html"], notOn: "contact/index.html"),
        // A guide entry's description shows on its page and in its list item (rendered once, `item_html`).
        FrontMatterEdit(file: "content/guide/csapa-arras.md", replacing: ("description: \"Soins", "description: \"Des soins"),
                        shownOn: ["guide/csapa-arras/index.html", "guide/index.html", "guide/a-z/index.html",
                                  "guide/categories/addictologie/index.html", "guide/communes/arras/index.html"],
                        notOn: "guide/categories/gem/index.html"),
    ])
    func aFrontMatterEditRendersThePagesThatShowIt(edit: FrontMatterEdit) throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read(edit.file)
        try pair.copy.write(page.replacingOccurrences(of: edit.replacing.0, with: edit.replacing.1), to: edit.file)
        // Told what changed, as `clsm serve` is: a front matter is not a body edit, the whole site is gone through.
        let changed = try pair.rebuild(after: [edit.file]).changed ?? []
        for shown in edit.shownOn { #expect(changed.contains(shown), "\(shown)") }
        #expect(!changed.contains(edit.notOn))
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func editingATemplateRendersEveryPage() throws {
        var pair = try Pair("sites/arras", context: context)
        let pages = try #require(try pair.rebuild().build?.files.filter { $0.path.hasSuffix("index.html") }.count)
        let base = try String(contentsOfFile: pair.copy.root + "/themes/clsm/layouts/base.mustache", encoding: .utf8)
        try pair.copy.write(base.replacingOccurrences(of: "</main>", with: "</main>\n<p>Pied ajouté</p>"),
                            to: "themes/clsm/layouts/base.mustache", inRoot: true)
        let second = try pair.rebuild()
        #expect(second.build?.isComplete == true)
        #expect(second.changed?.filter { $0.hasSuffix("index.html") }.count == pages)
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func aBrokenFrontMatterFailsAndTheFixBringsTheSiteBack() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read("content/contact.md")
        try pair.copy.write("---\ntitle: [Contact\n---\n", to: "content/contact.md")
        let failed = try pair.rebuild()
        #expect(failed.build == nil)
        #expect(failed.log.sorted.map { $0.line(in: .english) } == ["content/contact.md:3:1: error: malformed YAML: did not find expected ',' or ']'"])
        try pair.copy.write(page, to: "content/contact.md")
        let fixed = try pair.rebuild()
        #expect(fixed.changed == [])
        #expect(try pair.differencesFromFullBuild() == [])
    }

    /// A page grown past the cap on a content file's size is refused at the file, unread past the cap, as a full build
    /// refuses it; back under the cap, it is built again.
    @Test func aPageOverTheSizeCapIsRefusedAtTheFileAsAFullBuildDoes() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read("content/objectifs.md")
        let padding = String(repeating: "Texte. ", count: SourceLoader.maximumFileSize / 7 + 1)
        try pair.copy.write(page + padding, to: "content/objectifs.md")
        let refused = try pair.rebuild(after: ["content/objectifs.md"])
        #expect(refused.build == nil)
        let errors = refused.log.sorted.map { $0.line(in: .english) }
        #expect(errors.contains("content/objectifs.md:1:1: error: the file is larger than 2 MB; split it"))
        // The links to it by its file name are not reported again; those by its address cannot be told from mistakes.
        #expect(!errors.contains { $0.contains("`content/objectifs.md`, which does not exist") })
        #expect(try pair.fullBuildDiagnostics() == errors)
        try pair.copy.write(page + "\nUne ligne de plus.\n", to: "content/objectifs.md")
        let fixed = try pair.rebuild(after: ["content/objectifs.md"])
        #expect(fixed.build?.files.map(\.path) == ["objectifs/index.html"])
        #expect(try pair.differencesFromFullBuild() == [])
    }

    /// Body edits are told by the front matter of the last good build, not by that of a failed build since.
    @Test func aBodyEditAfterAFailedBuildIsComparedWithTheLastGoodBuild() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read("content/contact.md")
        try pair.copy.write(page.replacingOccurrences(of: "\ntitle:", with: "\ntitle: [", options: [], range: nil), to: "content/contact.md")
        #expect(try pair.rebuild(after: ["content/contact.md"]).build == nil)
        try pair.copy.write(page + "\nUne ligne de plus.\n", to: "content/contact.md")
        let fixed = try pair.rebuild(after: ["content/contact.md"])
        #expect(fixed.build?.files.map(\.path) == ["contact/index.html"])
        #expect(try pair.differencesFromFullBuild() == [])
    }

    /// A body edit that breaks a link leaves the last good build as it was: once the page is put back, a full rebuild
    /// keeps it, and its links as that build read them.
    @Test func aFailedBodyEditLeavesTheLastGoodBuildAsItWas() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        let page = try pair.copy.read("content/objectifs.md")
        try pair.copy.write(page + "\nVoir [la page absente](absente.md).\n", to: "content/objectifs.md")
        #expect(try pair.rebuild(after: ["content/objectifs.md"]).build == nil)
        try pair.copy.write(page, to: "content/objectifs.md")
        let contact = try pair.copy.read("content/contact.md")
        try pair.copy.write(contact.replacingOccurrences(of: "\ntitle:", with: "\ntitle: Nous joindre —"), to: "content/contact.md")
        let next = try pair.rebuild(after: ["content/objectifs.md", "content/contact.md"])
        #expect(next.log.entries.isEmpty)
        #expect(next.build?.files.map(\.path).contains("objectifs/index.html") == false)
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func addedRenamedAndRemovedFilesAreFollowed() throws {
        var pair = try Pair("sites/arras", context: context)
        _ = try pair.rebuild()
        try pair.copy.write("---\ntitle: Nouvelle page\n---\nTexte.\n", to: "content/nouvelle.md")
        try pair.copy.write("/* ajouté */\n", to: "static/css/ajout.css")
        _ = try pair.rebuild()
        #expect(try pair.differencesFromFullBuild() == [])

        try FileManager.default.moveItem(atPath: pair.copy.site + "/content/nouvelle.md", toPath: pair.copy.site + "/content/renommee.md")
        try FileManager.default.removeItem(atPath: pair.copy.site + "/static/css/ajout.css")
        let renamed = try pair.rebuild()
        #expect(renamed.changed?.contains("nouvelle/index.html") == true)
        #expect(!FileManager.default.fileExists(atPath: pair.output + "/nouvelle"))
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func warningsOfUnchangedFilesAreGivenAgainAtEachBuild() throws {
        var pair = try Pair("Tests/Fixtures/sites/basic", context: context)
        try pair.copy.write("---\ntitle: Présentation\ncomune: Metz\n---\nTexte.\n", to: "content/presentation.md")
        let first = try pair.rebuild()
        try pair.copy.write("---\ntitle: Accueil\n---\nAutre texte.\n", to: "content/index.md")
        let second = try pair.rebuild()
        let warning = "content/presentation.md:3:1: warning: unknown key `comune` in a page front matter"
        #expect(first.log.sorted.map { $0.line(in: .english) } == [warning])
        #expect(second.log.sorted.map { $0.line(in: .english) } == [warning])
        #expect(try pair.differencesFromFullBuild() == [])

        // A body edit renders its page alone, and gives the last build's warnings again.
        try pair.copy.write("---\ntitle: Présentation\ncomune: Metz\n---\nUn autre texte.\n", to: "content/presentation.md")
        let third = try pair.rebuild(after: ["content/presentation.md"])
        #expect(third.build?.files.map(\.path) == ["presentation/index.html"])
        #expect(third.log.sorted.map { $0.line(in: .english) } == [warning])
        #expect(try pair.differencesFromFullBuild() == [])
    }

    @Test func aBodyEditThatRemovesAnAnchorReportsTheLinksToItAsAFullBuildDoes() throws {
        var pair = try Pair("sites/arras", context: context)
        try pair.copy.write("---\ntitle: Liens\n---\nVoir [l'axe 2](objectifs.md#axe-2-apporter-une-reponse-coordonnee-aux-situations-complexes).\n",
                            to: "content/liens.md")
        #expect(try pair.rebuild().build != nil)
        let page = try pair.copy.read("content/objectifs.md")
        try pair.copy.write(page.replacingOccurrences(of: "## Axe 2 :", with: "## Deuxième axe :"), to: "content/objectifs.md")
        let broken = try pair.rebuild(after: ["content/objectifs.md"])
        #expect(broken.build == nil)
        let expected = try pair.fullBuildDiagnostics()
        #expect(expected.count == 1)
        #expect(broken.log.sorted.map { $0.line(in: .english) } == expected)

        // The fix is a body edit again, compared with the last good build.
        try pair.copy.write(page, to: "content/objectifs.md")
        let fixed = try pair.rebuild(after: ["content/objectifs.md"])
        #expect(fixed.build?.files.map(\.path) == ["objectifs/index.html"])
        #expect(fixed.log.entries.isEmpty)
        #expect(try pair.differencesFromFullBuild() == [])
    }
}
