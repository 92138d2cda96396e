import FrenchText
import TestSupport
import Testing

/// Random (but seeded, hence reproducible) mixes of the pieces the typography pass reacts to.
struct TypographyPropertyTests {
    private static let pieces = [
        "a", "é", "Z", "1", "9", " ", "  ", "\t", "\n", "\r\n", ":", ";", "!", "?", "«", "»", "“", "”",
        "\u{00A0}", "\u{202F}", "\u{2009}", "(", ")", "[", "…", "...", "'", "’", "/", "@", ".", "-",
        "18:30", "https://x.fr/?a=b;c", "www.x.fr", "x@y.fr", "mailto:z@w.fr", "http:", "//",
        "&amp;", "&nbsp;", "&#160;", "&#x202F;", "&laquo;", "&raquo;", "&ldquo;", "&", "&#", "#x", "&zz",
        "<em>", "</em>", "<p>", "</p>", "<br>", "<a href=\"h:?\">", "</a>", "<code>a : b</code>",
        "<code>", "</code>", "<pre>", "</pre>", "<!-- c : d -->", "<!--", "-->", "<", ">", "\"", "=",
        "<script>x ? y</script>", "<img alt='a : b'>", "</", "<!", "<?x?>", "🎉", "e\u{301}",
    ]

    private static func samples(seed: UInt64, count: Int) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    @Test func textIsIdempotent() {
        for sample in Self.samples(seed: 1, count: 4_000) {
            let once = FrenchTypography.text(sample)
            #expect(FrenchTypography.text(once) == once, "input: \(sample.debugDescription)")
        }
    }

    @Test func htmlIsIdempotent() {
        for sample in Self.samples(seed: 2, count: 4_000) {
            let once = FrenchTypography.html(sample)
            #expect(FrenchTypography.html(once) == once, "input: \(sample.debugDescription)")
        }
    }

    /// Only spaces are ever added, removed or swapped, and quotes turned into guillemets:
    /// every other character of the input survives, in order.
    @Test func onlySpacesAndQuotesChange() {
        let changeable: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "\u{202F}", "\u{2009}"]
        func skeleton(_ s: String) -> [Unicode.Scalar] {
            s.unicodeScalars.compactMap { scalar in
                if changeable.contains(scalar) { return nil }
                return scalar == "“" ? "«" : scalar == "”" ? "»" : scalar
            }
        }
        for sample in Self.samples(seed: 3, count: 4_000) where !sample.contains("&") {
            #expect(skeleton(FrenchTypography.text(sample)) == skeleton(sample), "input: \(sample.debugDescription)")
            #expect(skeleton(FrenchTypography.html(sample)) == skeleton(sample), "input: \(sample.debugDescription)")
        }
    }

    @Test func otherFunctionsAcceptAnyText() {
        for sample in Self.samples(seed: 4, count: 2_000) {
            let slug = Slug.make(from: sample)
            #expect(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
            #expect(!FrenchCollation.areInIncreasingOrder(sample, sample))
            _ = FrenchPhone(sample)
            _ = CalendarDate(iso: sample)
            _ = ClockTime(iso: sample)
        }
    }
}
