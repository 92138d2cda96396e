@testable import FrenchText
import Testing

/// Folding character by character from a table gives what folding the whole text at once gives.
@Suite struct LatinFoldingTests {
    @Test func everyCharacterOfTheTableFoldsAsTheWholeTextWould() {
        for value in Array(0xA0...0x24F) + Array(0x2000...0x206F) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "A" + String(Character(scalar)) + "b"
            #expect(Array(LatinFolding.fold(text).utf8) == Array(LatinFolding.foldingWholeText(text).utf8),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "L’Œuvre À Saint-Étienne", "Réunion plénière", "CMP/CMPP enfants", "Ça coûte 5 €", "Straße", "ǅemal",
        "e\u{301}cole", "Ἀθῆναι", "ﬁn ½", "İstanbul", "Ärzte\u{202F}: 18\u{A0}h", "", "ASCII only",
        "ÞÓRR Ð ‘CMP’ ″", "MAISON DES ADOS – « ÉCOUTE »", "ĲSSEL Ŀ", "ªº µ",
    ])
    func sentencesFoldAsTheWholeTextWould(_ text: String) {
        #expect(Array(LatinFolding.fold(text).utf8) == Array(LatinFolding.foldingWholeText(text).utf8))
    }
}
