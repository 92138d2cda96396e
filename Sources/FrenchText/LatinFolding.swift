import Foundation

/// Folds text to its bare lower-case Latin letters: the common ground of slugs and collation keys.
enum LatinFolding {
    /// Decomposes `text` (NFKD), drops combining marks, expands the Latin letters that have no
    /// Unicode decomposition (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ → d) and lower-cases.
    ///
    /// `"L’Œuvre À Saint-Étienne"` → `"l’oeuvre a saint-etienne"`.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if isCombiningMark(scalar) { continue }
            if let expansion = expansion(of: scalar) {
                scalars.append(contentsOf: expansion.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        // Lower-casing last: compatibility decomposition can produce capitals (ℌ → H),
        // and the capital ligatures are expanded before they could turn into others.
        return String(scalars).lowercased()
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func expansion(of scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "œ": return "oe"
        case "Œ": return "OE"
        case "æ": return "ae"
        case "Æ": return "AE"
        case "ß": return "ss"
        case "ẞ": return "SS"
        case "ø": return "o"
        case "Ø": return "O"
        case "ł": return "l"
        case "Ł": return "L"
        case "đ": return "d"
        case "Đ": return "D"
        default: return nil
        }
    }
}
