import Foundation
@testable import SiteKit
import Testing

/// The catalogue of messages: one example of each kind, each written in French and in English, under a code of its
/// own, and every one listed in the editors' guide (docs/guide-redaction.md, « Tous les messages »).
@Suite struct MessageCatalogueTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/guide-redaction.md").path
    /// The heading of the guide's list of messages; the list is the table that follows it.
    static let heading = "### Tous les messages"

    @Test func everyCodeHasExactlyOneExample() {
        let codes = MessageExamples.all.map(\.code)
        #expect(Set(codes) == Set(MessageCode.allCases))
        #expect(codes.count == Set(codes).count)
    }

    @Test func everyMessageIsWrittenInBothLanguages() {
        for message in MessageExamples.all {
            #expect(!message.french.isEmpty && !message.english.isEmpty, "\(message.code)")
            #expect(message.french != message.english, "\(message.code)")
        }
    }

    @Test func codesAreStableWordsOfTheirArea() throws {
        let shape = try Regex("^[a-z]+\\.[a-z0-9-]+$")
        for code in MessageCode.allCases {
            #expect(code.rawValue.wholeMatch(of: shape) != nil, "\(code.rawValue)")
        }
        #expect(Set(MessageCode.allCases.map(\.rawValue)).count == MessageCode.allCases.count)
    }

    /// The guide lists every message of the catalogue, as clsm writes it, and no message the catalogue does not have.
    @Test func theEditorsGuideListsEveryMessage() throws {
        let text = try String(contentsOfFile: Self.guide, encoding: .utf8)
        let (before, listed, after) = try #require(Self.split(text))
        let expected = Self.table()
        if Fixtures.isRecording, listed != expected {
            try (before + expected + after).write(toFile: Self.guide, atomically: true, encoding: .utf8)
        }
        #expect(listed == expected)
    }

    /// The guide around its table of messages, and the table.
    static func split(_ text: String) -> (String, String, String)? {
        guard let headingRange = text.range(of: "\n" + heading + "\n"),
              let start = text.range(of: "\n| Code ", range: headingRange.upperBound..<text.endIndex)?.lowerBound else { return nil }
        let tableStart = text.index(after: start)
        let end = text.range(of: "\n\n", range: tableStart..<text.endIndex)?.lowerBound ?? text.endIndex
        let tableEnd = text.index(after: end)
        return (String(text[..<tableStart]), String(text[tableStart..<tableEnd]), String(text[tableEnd...]))
    }

    /// One row a message, sorted by code: the code, the French text, the English text.
    static func table() -> String {
        let rows = MessageExamples.all.sorted { $0.code.rawValue < $1.code.rawValue }.map { message in
            "| `\(message.code.rawValue)` | \(cell(message.french)) | \(cell(message.english)) |"
        }
        return (["| Code | Message | In English |", "|---|---|---|"] + rows).joined(separator: "\n") + "\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
