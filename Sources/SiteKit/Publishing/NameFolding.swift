import Foundation

/// Names as macOS and Windows compare them: one Unicode form (NFC), and upper and lower case alike.
///
/// Editors save files on those systems; two names Linux keeps apart but they take for one file
/// (`Réunion.pdf` typed on two systems, `Logo.png` and `logo.png`) break their copy of the site.
enum NameFolding {
    /// The key two names share when those systems take them for the same file.
    static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// Why two different names are taken for one: « written in two Unicode forms » or « differ only by case »; nil otherwise.
    static func likeness(_ first: String, _ second: String) -> String? {
        // Swift compares strings by canonical equivalence: the scalars tell the two forms apart.
        guard !first.unicodeScalars.elementsEqual(second.unicodeScalars) else { return nil }
        if first == second {
            return "the same name written in two Unicode forms, with composed and with decomposed accents"
        }
        if key(first) == key(second) {
            return "names that differ only by case are one file on macOS and Windows"
        }
        return nil
    }

    /// « `a` and `b` would both be published at /x (why they are one name); rename or remove one ».
    static func collision(_ first: String, _ second: String, at url: String, likeness: String?) -> String {
        "\(first) and \(second) would both be published at \(url)\(likeness.map { " (\($0))" } ?? ""); rename or remove one"
    }
}
