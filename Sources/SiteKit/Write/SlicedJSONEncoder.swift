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
        var text = Array(skeleton[..<range.lowerBound].utf8)
        text += Array("\n  \"\(listKey)\" : [\n".utf8)
        var start = 0
        while start < items.count {
            let end = min(start + sliceSize, items.count)
            let slice = try encoder.encode(Array(items[start..<end]))
            if start > 0 { text += Array(",\n".utf8) }
            Self.appendIndented(slice.dropFirst(2).dropLast(2), to: &text)
            start = end
        }
        text += Array("\n  ]".utf8)
        text += Array(skeleton[range.upperBound...].utf8)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `lines` (a top-level list's items: `  item,\n  item`) two spaces further in, as inside the document;
    /// the empty line inside an empty list stays empty. JSON strings hold no raw line break: lines are the tokens'.
    private static func appendIndented(_ lines: Data, to text: inout [UInt8]) {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var atLineStart = true
        lines.withUnsafeBytes { bytes in
            for byte in bytes {
                if atLineStart && byte != newline {
                    text.append(space)
                    text.append(space)
                }
                text.append(byte)
                atLineStart = byte == newline
            }
        }
    }
}
