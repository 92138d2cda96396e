@testable import SiteKit
import Testing
import TestSupport

/// A link's destination split before its query or fragment, as its Characters split it.
@Suite struct LinkSuffixTests {
    @Test(arguments: [
        ("a.md#x", "a.md", "#x"), ("a.md?q=1#x", "a.md", "?q=1#x"), ("a.md", "a.md", ""), ("#haut", "", "#haut"),
        ("réunion.md#rôle", "réunion.md", "#rôle"), ("a#\u{301}b", "a#\u{301}b", ""),
    ])
    func splits(_ destination: String, _ path: String, _ suffix: String) {
        #expect(LinkResolver.splitSuffix(destination) == (path, suffix))
    }

    @Test func bytesAgreeWithCharacters() {
        var random = SplitMix64(seed: 5)
        let pieces = ["a", "/", "#", "?", ".md", "é", "\u{301}", "%20", " ", "x=1"]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = text.firstIndex { $0 == "#" || $0 == "?" }.map { (String(text[..<$0]), String(text[$0...])) } ?? (text, "")
            #expect(LinkResolver.splitSuffix(text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
