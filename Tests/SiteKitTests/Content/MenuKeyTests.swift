import Foundation
import Testing

/// A page's `menu:` chooses its place in the main menu only when `site.yml` does not list the menu itself.
@Suite struct MenuKeyTests {
    static let page = "---\ntitle: Présentation\nmenu: Le CLSM\n---\nTexte.\n"

    @Test func aPageMenuKeyIsIgnoredWithAWarningWhenSiteYmlListsTheMenu() throws {
        let config = TemporarySite.config(menu: [("Accueil", "index.md")])
        let site = try TemporarySite([("site.yml", config), ("content/index.md", "---\ntitle: Accueil\n---\n"),
                                      ("content/presentation.md", Self.page)])
        #expect(site.diagnostics() == [
            "content/presentation.md:3:7: warning: `menu` has no effect here: site.yml lists the menu's entries; add `Le CLSM` there, or remove this key",
        ])
    }

    @Test func aPageMenuKeyIsQuietWithoutAMenuInSiteYml() throws {
        let site = try TemporarySite([("content/index.md", "---\ntitle: Accueil\n---\n"), ("content/presentation.md", Self.page)])
        #expect(site.diagnostics() == [])
    }
}
