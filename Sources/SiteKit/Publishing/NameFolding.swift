import Foundation

/// Names as macOS and Windows compare them: one Unicode form (NFC), and upper and lower case alike.
///
/// Editors save files on those systems; two names Linux keeps apart but they take for one file
/// (`Réunion.pdf` typed on two systems, `Logo.png` and `logo.png`) break their copy of the site.
enum NameFolding {
    /// The key two names share when those systems take them for the same file.
    static func key(_ name: String) -> String {
        // An ASCII name is its own NFC form; Foundation's normalisation costs some 20,000 instructions a name.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// Why two different names are taken for one; nil when they are not.
    static func likeness(_ first: String, _ second: String) -> NameLikeness? {
        // Swift compares strings by canonical equivalence: the scalars tell the two forms apart.
        guard !first.unicodeScalars.elementsEqual(second.unicodeScalars) else { return nil }
        if first == second {
            return .unicodeForms
        }
        if key(first) == key(second) {
            return .caseOnly
        }
        return nil
    }
}

/// Why two different names are one file on macOS and Windows.
enum NameLikeness: Hashable, Sendable {
    /// The same name in two Unicode forms, with composed and with decomposed accents.
    case unicodeForms
    /// Names that differ only by case.
    case caseOnly
}
