import Foundation
@testable import SiteKit
import Testing

/// The category vocabulary: the theme's file, renamed or extended by `guide.categories` of site.yml.
@Suite struct GuideVocabularyTests {
    /// `themes/clsm` of the repository.
    static let clsmTheme = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes/clsm").path

    private func vocabulary(siteYAML: String, themeDirectory: String? = clsmTheme) throws -> (GuideVocabulary, [String]) {
        var log = DiagnosticLog()
        let config = try #require(SiteConfigReader.read(siteYAML, file: "site.yml", baseURLOverride: nil, log: &log))
        let vocabulary = GuideVocabulary.load(themeDirectory: themeDirectory, themeName: "clsm", config: config, log: &log)
        return (vocabulary, log.sorted.map { $0.line(in: .english) })
    }

    private let site = "title: T\nbase_url: https://example.org/\ncontact: {name: C}\n"

    @Test func theClsmThemeShipsTheCategoriesOfTheContentModel() throws {
        let (vocabulary, diagnostics) = try vocabulary(siteYAML: site)
        #expect(diagnostics == [])
        #expect(vocabulary.categories.map(\.id) == [
            "cmp-adultes", "cmp-enfants", "cmpp", "cattp", "hopital-de-jour", "urgences", "equipe-mobile", "gem",
            "association-usagers", "maison-des-adolescents", "bapu", "addictologie", "logement", "ecoute", "social", "autre",
        ])
        #expect(vocabulary.categories.allSatisfy { !$0.label.isEmpty })
    }

    @Test func aSiteRenamesACategoryInPlaceAndAddsItsOwnAtTheEnd() throws {
        let (vocabulary, diagnostics) = try vocabulary(siteYAML: site + """
            guide:
              categories:
                - {id: gem, label: Clubs d'entraide}
                - {id: sport-sante, label: Sport et santé, description: Activités adaptées.}
            """)
        #expect(diagnostics == [])
        let gem = try #require(vocabulary.category("gem"))
        #expect(gem.label == "Clubs d'entraide")
        #expect(gem.description?.contains("entraide") == true)
        #expect(vocabulary.categories.firstIndex { $0.id == "gem" } == 7)
        #expect(vocabulary.categories.last == GuideCategory(id: "sport-sante", label: "Sport et santé", description: "Activités adaptées."))
    }

    @Test func withoutAThemeFileTheSiteGivesTheWholeVocabulary() throws {
        let (vocabulary, _) = try vocabulary(siteYAML: site + "guide: {categories: [{id: lieux, label: Lieux}]}\n", themeDirectory: "/nonexistent")
        #expect(vocabulary.categories == [GuideCategory(id: "lieux", label: "Lieux", description: nil)])
    }

    @Test func aGuideBlockThatIsNotAGroupIsReported() throws {
        let (_, diagnostics) = try vocabulary(siteYAML: site + "guide: [gem]\n")
        #expect(diagnostics == ["site.yml:4:8: error: `guide` must be a group of keys (`categories: …`), not a list"])
    }

    @Test(arguments: [("cmp-adultes", true), ("a1", true), ("CMP", false), ("cmp--adultes", false), ("-cmp", false), ("cmp adultes", false), ("", false), ("é", false)])
    func categoryIDsAreURLSegmentsAsTheyAre(_ id: String, _ valid: Bool) {
        #expect(GuideVocabulary.isValidID(id) == valid)
    }
}
