import Foundation

/// Encodes a JSON document whose one long list is encoded a slice at a time, so that `JSONEncoder` never holds the
/// whole list in memory at once (its tree of a 10,000-entry guide weighs several times the text). The text is the same
/// as `JSONEncoder` encoding the whole document with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`.
struct SlicedJSONEncoder {
    /// How many items are encoded together.
    var sliceSize = 256

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The text of `document(items)`, where `listKey` is the top-level key that holds `items`.
    func encode<Item: Encodable, Document: Encodable>(_ items: [Item], atKey listKey: String,
                                                      of document: ([Item]) -> Document) throws -> String {
        let encoder = Self.encoder()
        let skeleton = String(decoding: try encoder.encode(document([])), as: UTF8.self)
        // Pretty printing puts an empty list of a top-level key on three lines, two spaces in.
        let emptyList = "\n  \"\(listKey)\" : [\n\n  ]"
        guard !items.isEmpty, let range = skeleton.range(of: emptyList) else {
            return items.isEmpty ? skeleton : String(decoding: try encoder.encode(document(items)), as: UTF8.self)
        }
        var text = String(skeleton[..<range.lowerBound])
        text += "\n  \"\(listKey)\" : [\n"
        var start = 0
        while start < items.count {
            let end = min(start + sliceSize, items.count)
            let slice = String(decoding: try encoder.encode(Array(items[start..<end])), as: UTF8.self)
            if start > 0 { text += ",\n" }
            // A top-level list is `[\n  item,\n  item\n]`; inside the document each line goes two spaces further in,
            // but for the empty line inside an empty list. JSON strings hold no raw line break: lines are the tokens'.
            let lines = slice.dropFirst(2).dropLast(2).split(separator: "\n", omittingEmptySubsequences: false)
            text += lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            start = end
        }
        text += "\n  ]"
        text += skeleton[range.upperBound...]
        return text
    }
}
