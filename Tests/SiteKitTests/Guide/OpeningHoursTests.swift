@testable import SiteKit
import Testing

/// OpenStreetMap opening hours written out in French; anything else stays as written.
@Suite struct OpeningHoursTests {
    private static let nbsp = "\u{00A0}"

    private static func time(_ hour: Int, _ minutes: String = "") -> String {
        "\(hour)\(nbsp)h" + (minutes.isEmpty ? "" : "\(nbsp)\(minutes)")
    }

    @Test(arguments: [
        ("24/7", ["24 h sur 24, 7 jours sur 7"]),
        ("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00",
         ["Du lundi au vendredi : de \(time(9)) à \(time(12)) et de \(time(14)) à \(time(17))", "Samedi : de \(time(9)) à \(time(12))"]),
        ("Mo,We,Fr 08:30-12:00", ["Lundi, mercredi et vendredi : de \(time(8, "30")) à \(time(12))"]),
        ("Tu-Sa 14:00-24:00", ["Du mardi au samedi : de \(time(14)) à minuit"]),
        ("Mo-Fr 09:00-17:00; PH off", ["Du lundi au vendredi : de \(time(9)) à \(time(17))", "Les jours fériés : fermé"]),
        ("10:00-18:00", ["Tous les jours : de \(time(10)) à \(time(18))"]),
        ("Mo-Fr 08:30-17:30;We 08:30-18:30", ["Du lundi au vendredi : de \(time(8, "30")) à \(time(17, "30"))",
                                              "Mercredi : de \(time(8, "30")) à \(time(18, "30"))"]),
    ])
    func openStreetMapHoursReadInFrench(_ written: String, _ lines: [String]) {
        #expect(OpeningHours.french(written) == lines)
    }

    @Test(arguments: ["Le jeudi, de 14 h à 17 h", "Mo-Fr", "Mo-Fr 9:00-17:00", "Xx 09:00-10:00", "Mo-Fr 09:00-12:00; Sa",
                      "Mo-We-Fr 09:00-10:00", "Mo-Fr 09:00-25:00", "sur rendez-vous", ""])
    func anythingElseIsFreeText(_ written: String) {
        #expect(OpeningHours.french(written) == nil)
    }
}
