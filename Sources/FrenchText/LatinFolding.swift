import Foundation

/// Folds text to its bare lower-case Latin letters: the common ground of slugs and collation keys.
enum LatinFolding {
    /// Decomposes `text` (NFKD), drops combining marks, expands the Latin letters that have no
    /// Unicode decomposition (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ → d) and lower-cases.
    ///
    /// `"L’Œuvre À Saint-Étienne"` → `"l’oeuvre a saint-etienne"`.
    static func fold(_ text: String) -> String {
        var input = text
        if input.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { return text.lowercased() }
        // Bytes rather than a scalar view: appending scalars one by one costs tens of instructions each. ASCII letters
        // are lowered here; `lowercased()`, which maps every scalar of a text that is not all ASCII, runs only when
        // a folding kept a character outside ASCII and outside General Punctuation (U+2000–U+206F has no letter).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var keepsCasedCharacters = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(asciiLowered(UInt8(scalar.value)))
            } else if let folded = latinTable.folded(scalar) {
                for byte in folded.utf8 {
                    if byte >= 0x80 {
                        keepsCasedCharacters = keepsCasedCharacters || !(0x2000...0x206F).contains(scalar.value)
                        bytes.append(byte)
                    } else {
                        bytes.append(asciiLowered(byte))
                    }
                }
            } else {
                return foldingWholeText(text)
            }
        }
        let folded = String(decoding: bytes, as: UTF8.self)
        return keepsCasedCharacters ? folded.lowercased() : folded
    }

    private static func asciiLowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// The folding of each character of the Latin and punctuation blocks French text is written in, computed once:
    /// folding such text character by character gives the same as folding it whole, since each of these characters
    /// decomposes to a base character first (no reordering of marks across characters).
    private static let latinTable = FoldingTable(ranges: [0xA0...0x24F, 0x2000...0x206F]) { foldingWholeText($0) }

    /// The definition: the whole text decomposed (NFKD) at once.
    static func foldingWholeText(_ text: String) -> String {
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

    /// Foldings of the characters of some ranges, before lower-casing.
    private struct FoldingTable: Sendable {
        private let ranges: [ClosedRange<UInt32>]
        private let foldings: [[String]]

        init(ranges: [ClosedRange<UInt32>], fold: (String) -> String) {
            self.ranges = ranges
            foldings = ranges.map { range in
                range.map { value in Unicode.Scalar(value).map { fold(String(Character($0))) } ?? "" }
            }
        }

        func folded(_ scalar: Unicode.Scalar) -> String? {
            for (index, range) in ranges.enumerated() where range.contains(scalar.value) {
                return foldings[index][Int(scalar.value - range.lowerBound)]
            }
            return nil
        }
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
