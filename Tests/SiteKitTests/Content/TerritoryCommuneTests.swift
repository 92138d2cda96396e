@testable import SiteKit
import Testing

/// A guide entry's or an event's commune written like one of the territory's, but not as site.yml writes it, is warned
/// about with that commune; a commune far from all of them is a place outside the territory, accepted without a word.
@Suite struct TerritoryCommuneTests {
    private let territory = Territory(name: "Agglomération messine", communes: ["Metz", "Montigny-lès-Metz", "Le Ban-Saint-Martin", "Marly"],
                                      inseeCodes: [:], centre: nil)
    private let place = SourceLocation(file: "content/guide/a.md", line: 4, column: 10)

    private func messages(_ commune: String) -> [String] {
        var log = DiagnosticLog()
        territory.checkSpelling(of: Located(commune, at: place), log: &log)
        return log.sorted.map { "\($0.severity) " + $0.message.english }
    }

    @Test(arguments: [("Montigny les Metz", "Montigny-lès-Metz"), ("montigny-les-metz", "Montigny-lès-Metz"),
                      ("MONTIGNY LÈS METZ", "Montigny-lès-Metz"), ("Le Ban Saint-Martin", "Le Ban-Saint-Martin"),
                      ("Mertz", "Metz"), ("Marlly", "Marly"), ("Montigny-lès-Mets", "Montigny-lès-Metz")])
    func aCommuneWrittenLikeOneOfTheTerritoryGetsItsName(_ written: String, _ nearest: String) {
        #expect(messages(written) == ["warning the commune `\(written)` is not one of the territory's (`territory.communes` in site.yml); "
            + "did you mean `\(nearest)`?"])
    }

    @Test(arguments: ["Metz", "Montigny-lès-Metz", "Jury", "Ars-Laquenexy", "Paris", "Nancy", "Thionville"])
    func theTerritorysCommunesAndPlacesOutsideItAreAccepted(_ commune: String) {
        #expect(messages(commune) == [])
    }
}
