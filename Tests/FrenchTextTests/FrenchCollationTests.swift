import FrenchText
import Testing

struct FrenchCollationTests {
    @Test(arguments: [
        ("Équipe", "equipe"), ("école", "ecole"), ("ÉCOLE", "ecole"), ("Œuvre", "oeuvre"),
        ("Cœur", "coeur"), ("Æquo", "aequo"), ("Straße", "strasse"), ("ÇA", "ca"),
        ("L’Atelier", "l'atelier"), ("L'Atelier", "l'atelier"), ("Le Phare", "le phare"),
        ("Maison\u{00A0}des usagers", "maison des usagers"), ("e\u{301}te\u{301}", "ete"), ("", ""),
    ])
    func key(text: String, expected: String) {
        #expect(FrenchCollation.key(text) == expected)
    }

    @Test func sortsInFrenchOrder() {
        let words = [
            "ecrire", "Équipe", "Zèbre", "école", "abbaye", "Œuvre", "oeuf", "Ordre", "Ecole",
            "Éclair", "eclair", "Le Phare", "la Maison", "L’Atelier",
        ]
        let expected = [
            "abbaye", "eclair", "Éclair", "Ecole", "école", "ecrire", "Équipe", "L’Atelier",
            "la Maison", "Le Phare", "oeuf", "Œuvre", "Ordre", "Zèbre",
        ]
        #expect(words.sorted(by: FrenchCollation.areInIncreasingOrder) == expected)
        #expect(words.reversed().sorted(by: FrenchCollation.areInIncreasingOrder) == expected)
    }

    @Test func canonicallyEquivalentSpellingsStillHaveAFixedOrder() {
        let precomposed = "\u{E9}cole"
        let decomposed = "e\u{301}cole"
        let once = [precomposed, decomposed].sorted(by: FrenchCollation.areInIncreasingOrder)
        let twice = [decomposed, precomposed].sorted(by: FrenchCollation.areInIncreasingOrder)
        #expect(once.map { Array($0.unicodeScalars) } == twice.map { Array($0.unicodeScalars) })
        #expect(Array(once[0].unicodeScalars) == Array(decomposed.unicodeScalars))
    }

    @Test(arguments: ["", "école", "Œuvre", "e\u{301}cole"])
    func isIrreflexive(text: String) {
        #expect(!FrenchCollation.areInIncreasingOrder(text, text))
    }
}
