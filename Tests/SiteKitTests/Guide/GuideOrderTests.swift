@testable import SiteKit
import Testing

/// The order and grouping of the guide's lists: French collation, A–Z letters, « à » and « au » before a commune.
@Suite struct GuideOrderTests {
    private func entry(_ title: String, path: String? = nil) -> GuideEntry {
        let paths = GuidePaths(folder: "guide")
        let details = ResourceDetails(
            category: Located("gem", at: SourceLocation(file: "x")), commune: "Metz", address: nil, postalCode: nil, phone: nil,
            email: nil, website: nil, hours: nil, openingRules: nil, publics: [], ageMin: nil, ageMax: nil, access: nil, cost: nil, sector: [],
            coordinates: nil, isEmergency: false, lastChecked: nil, paths: paths)
        return GuideEntry(title: title, description: nil, urlPath: "guide/\(path ?? title)/", paths: paths, details: details,
                          category: GuideCategory(id: "gem", label: "GEM", description: nil))
    }

    @Test func titlesSortInFrenchOrderWhateverTheirAccentsCaseAndQuotes() {
        let titles = ["Sport", "« Urgences »", "Équipe mobile", "entraide", "École", "Œuvre", "3114", "Centre", "Ecole", "ENFANCE"]
        let sorted = titles.map { entry($0) }.sorted(by: GuideEntry.inFrenchOrder).map(\.title)
        #expect(sorted == ["3114", "Centre", "Ecole", "École", "ENFANCE", "entraide", "Équipe mobile", "Œuvre", "Sport", "« Urgences »"])
    }

    @Test func equalTitlesAreOrderedByTheirAddress() {
        let sorted = [entry("GEM", path: "b"), entry("GEM", path: "a")].sorted(by: GuideEntry.inFrenchOrder)
        #expect(sorted.map(\.urlPath) == ["guide/a/", "guide/b/"])
    }

    @Test(arguments: [("Équipe", "E"), ("« Urgences »", "U"), ("3114", "0–9"), ("Œuvre", "O"), ("…", "#")])
    func entriesFileUnderTheirFirstLetterWithoutAccent(_ title: String, _ letter: String) {
        #expect(GuidePages.letter(of: entry(title)) == letter)
    }

    @Test(arguments: [("Metz", "à Metz"), ("Le Ban-Saint-Martin", "au Ban-Saint-Martin"), ("Les Mureaux", "aux Mureaux"), ("La Chapelle", "à La Chapelle")])
    func communesTakeTheirPreposition(_ commune: String, _ place: String) {
        #expect(GuidePages.place(commune) == place)
    }

    @Test func theEntryIdIsItsAddressBelowTheGuide() {
        #expect(entry("x", path: "cmp-metz").id == "cmp-metz")
    }
}
