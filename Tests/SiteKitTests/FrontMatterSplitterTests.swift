@testable import SiteKit
import Testing

/// Where the front matter and the body of a content file start and end.
@Suite struct FrontMatterSplitterTests {
    private func split(_ text: String) -> (SplitContent?, [String]) {
        var log = DiagnosticLog()
        let content = FrontMatterSplitter.split(text, file: "content/a.md", log: &log)
        return (content, log.sorted.map { $0.line(in: .english) })
    }

    @Test(arguments: [
        ("---\ntitle: A\n---\nTexte\n", "title: A", "Texte\n", 4),
        ("---\ntitle: A\nweight: 2\n---  \n\n## Titre", "title: A\nweight: 2", "\n## Titre", 5),
        ("---\n---\nTexte", "", "Texte", 3),
        ("---\ntitle: A\n---", "title: A", "", 4),
        ("--- \t\ntitle: A\n---\n", "title: A", "", 4),
        ("---\ntitle: « été »\n---\n---\n", "title: « été »", "---\n", 4),
    ])
    func splitsAtTheFirstClosingFence(_ text: String, _ frontMatter: String, _ body: String, _ bodyLine: Int) throws {
        let (content, diagnostics) = split(text)
        #expect(diagnostics == [])
        let split = try #require(content)
        #expect(split.frontMatter == frontMatter)
        #expect(split.frontMatterFirstLine == 2)
        #expect(split.body == body)
        #expect(split.bodyFirstLine == bodyLine)
    }

    @Test(arguments: [
        ("", "missing front matter"), ("Texte\n---\n", "missing front matter"), ("----\ntitle: A\n---\n", "missing front matter"),
        ("---", "the front matter opened on line 1 is never closed"),
        ("---\ntitle: A\n", "the front matter opened on line 1 is never closed"),
        ("---\ntitle: A\n--- fin\n", "the front matter opened on line 1 is never closed"),
    ])
    func aMissingOrUnclosedFrontMatterIsReportedOnLineOne(_ text: String, _ message: String) {
        let (content, diagnostics) = split(text)
        #expect(content == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/a.md:1:1: error: " + message) == true)
    }
}
