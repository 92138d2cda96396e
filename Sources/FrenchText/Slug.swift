/// URL slugs for French titles and file names.
public enum Slug: Sendable {
    /// Makes a URL slug: accents removed (é → e, ç → c), ligatures expanded (œ → oe, æ → ae,
    /// ß → ss), lower-cased, and every run of characters outside `[a-z0-9]` (spaces, apostrophes,
    /// punctuation, letters of other scripts) turned into a single `-`, with none at either end.
    ///
    /// `"Réunion plénière"` → `"reunion-pleniere"`, `"L'Œuvre d'art"` → `"l-oeuvre-d-art"`,
    /// `"CMP/CMPP enfants"` → `"cmp-cmpp-enfants"`. The result is empty when the text has no
    /// letter or digit left (`"  "`, `"!!!"`); the caller decides what to do then.
    public static func make(from text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var separatorPending = false
        for scalar in LatinFolding.fold(text).unicodeScalars {
            let value = scalar.value
            let isKept = (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
            guard isKept else {
                separatorPending = true
                continue
            }
            if separatorPending && !bytes.isEmpty { bytes.append(0x2D) }
            separatorPending = false
            bytes.append(UInt8(value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
