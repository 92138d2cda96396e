@testable import FrenchText
import TestSupport
import Testing

/// The scanner's plain runs take in the single spaces between ordinary words; they must give the bytes the
/// word-at-a-time scanner gave, on texts made mostly of words and spaces, with URLs, addresses, punctuation and tags.
struct TypographyScannerDifferentialTests {
    private static let pieces = [
        "mot", "Metz", "é", "santé", "1", " ", " ", " ", " ", "  ", "\t", "\n", ":", ";", "!", "?", "«", "»", "“", "”",
        "\u{00A0}", "\u{202F}", "\u{2009}", "\u{3000}", "(", ")", "'", "’", "/", "@", ".", "-", "18:30",
        "https://x.fr/?a=b;c", "www.x.fr", "x@y.fr", "(voir", "mailto:z@w.fr", "tel:+33387", "localhost:80", "http:",
        "&amp;", "&nbsp;", "&#160;", "&", "<em>", "</em>", "<p>", "</p>", "<br>", "<a href=\"h:?\">", "</a>",
        "<code>a : b</code>", "<!-- c : d -->", "<", ">", "🎉", "e\u{301}",
    ]

    private static func samples(seed: UInt64, count: Int) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...40, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    @Test(arguments: [TypographyScanner.Mode.plainText, .html])
    func sameBytesAsWordAtATime(mode: TypographyScanner.Mode) {
        for sample in Self.samples(seed: mode == .html ? 11 : 12, count: 6_000) {
            #expect(Array(TypographyScanner.run(sample, mode: mode).utf8)
                    == Array(TypographyScanner.run(sample, mode: mode, joiningWords: false).utf8),
                    "input: \(sample.debugDescription)")
        }
    }
}
