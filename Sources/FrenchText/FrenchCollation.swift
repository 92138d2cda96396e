/// French alphabetical order for indexes and lists.
///
/// Letters are compared without their accents and case, and ligatures count as their two
/// letters, so « Équipe » files under E and « Œuvre » under OE. Leading articles are kept:
/// « Le Phare » sorts under L.
public enum FrenchCollation: Sendable {
    /// The primary sort key of `s`: accents and case folded, ligatures expanded (œ → oe, æ → ae,
    /// ß → ss), typographic apostrophes (’ ‘) turned into `'`, and no-break spaces into spaces.
    ///
    /// `"École d’été"` → `"ecole d'ete"`. Computing keys once is the fast way to sort a long list.
    public static func key(_ s: String) -> String {
        let folded = LatinFolding.fold(s)
        // Only ’ ‘ (E2 80 98/99) and ʼ (CA BC) change: most keys are the folding itself.
        guard folded.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return folded }
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x02BC: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `a` sorts before `b`: by `key(_:)` first, then by the original strings, so the
    /// order is total and deterministic (`"Ecole" < "ecole" < "école" < "ecrire"`).
    ///
    /// Suitable for `sorted(by:)`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        SortKey(a) < SortKey(b)
    }

    /// A text with its key computed once: sorting many texts by `SortKey` gives the order of
    /// `areInIncreasingOrder` without folding each text at every comparison.
    public struct SortKey: Comparable, Sendable {
        /// The text.
        public let text: String
        /// `FrenchCollation.key(text)`.
        public let key: String

        /// The sort key of `text`.
        public init(_ text: String) {
            self.text = text
            self.key = FrenchCollation.key(text)
        }

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.key != b.key { return a.key < b.key }
            if a.text != b.text { return a.text < b.text }
            // Canonically equivalent strings (precomposed vs decomposed é) are == for Swift;
            // their scalars still differ, and the order must not depend on input order.
            return a.text.unicodeScalars.lexicographicallyPrecedes(b.text.unicodeScalars)
        }

        public static func == (a: SortKey, b: SortKey) -> Bool {
            a.text.unicodeScalars.elementsEqual(b.text.unicodeScalars)
        }
    }
}
