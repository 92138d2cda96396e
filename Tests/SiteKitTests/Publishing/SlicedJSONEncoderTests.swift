import Foundation
@testable import SiteKit
import Testing

/// Encoding a document's long list a slice at a time gives the text `JSONEncoder` gives for the whole document.
@Suite struct SlicedJSONEncoderTests {
    struct Item: Encodable, Sendable {
        let name: String
        let tags: [String]
        let nested: [String: Int]
        let missing: Int?
    }

    struct Document: Encodable {
        let after: String
        let before: Int
        let items: [Item]
        let other: [String]
    }

    static let items = (0..<7).map { index in
        Item(name: "n°\(index) \"quoted\"\nline / slash", tags: index.isMultiple(of: 2) ? [] : ["a", "b"],
             nested: index == 3 ? [:] : ["x": index, "y": -index], missing: index == 5 ? 1 : nil)
    }

    private func whole(_ items: [Item]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(after: "z", before: 1, items: items, other: ["o"])), as: UTF8.self)
    }

    @Test(arguments: [1, 2, 3, 7, 100], [1, 3])
    func slicesGiveTheWholeDocumentsText(sliceSize: Int, jobs: Int) throws {
        for count in [0, 1, 2, 6, 7] {
            let items = Array(Self.items.prefix(count))
            let sliced = try SlicedJSONEncoder(sliceSize: sliceSize, jobs: jobs).encode(items, atKey: "items", terminator: "\n") {
                Document(after: "z", before: 1, items: $0, other: ["o"])
            }
            #expect(sliced == (try whole(items)) + "\n", "\(count) items by \(sliceSize) on \(jobs) threads")
        }
    }
}
