import Foundation

/// Encodes a JSON document whose one long list is encoded a slice at a time, so that `JSONEncoder` never holds the
/// whole list in memory at once (its tree of a 10,000-entry guide weighs several times the text). The text is the same
/// as `JSONEncoder` encoding the whole document with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`.
struct SlicedJSONEncoder {
    /// How many items are encoded together.
    var sliceSize = 256
    /// How many threads encode slices at once; the text is the same for any number.
    var jobs = 1

    /// The encoder of every export: pretty printed, keys sorted, slashes as written.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The text of `document(items)` followed by `terminator`, where `listKey` is the top-level key that holds `items`.
    func encode<Item: Encodable & Sendable, Document: Encodable>(_ items: [Item], atKey listKey: String, terminator: String = "",
                                                                 of document: ([Item]) -> Document) throws -> String {
        let encoder = Self.encoder()
        let skeleton = String(decoding: try encoder.encode(document([])), as: UTF8.self)
        // Pretty printing puts an empty list of a top-level key on three lines, two spaces in.
        let emptyList = "\n  \"\(listKey)\" : [\n\n  ]"
        guard !items.isEmpty, let range = skeleton.range(of: emptyList) else {
            return (items.isEmpty ? skeleton : String(decoding: try encoder.encode(document(items)), as: UTF8.self)) + terminator
        }
        // The slices stay apart until the text is made at its exact size: no growing buffer, no second copy.
        var chunks = [Array((skeleton[..<range.lowerBound] + "\n  \"\(listKey)\" : [\n").utf8)]
        let sliceSize = max(1, self.sliceSize)
        let slices = ParallelWork.map(count: (items.count + sliceSize - 1) / sliceSize, jobs: jobs) { index -> Result<[UInt8], Error> in
            let start = index * sliceSize
            return Result {
                let slice = try Self.encoder().encode(Array(items[start..<min(start + sliceSize, items.count)]))
                var chunk: [UInt8] = start > 0 ? Array(",\n".utf8) : []
                chunk.reserveCapacity(slice.count + slice.count / 4)
                Self.appendIndented(slice.dropFirst(2).dropLast(2), to: &chunk)
                return chunk
            }
        }
        for slice in slices { chunks.append(try slice.get()) }
        chunks.append(Array(("\n  ]" + skeleton[range.upperBound...] + terminator).utf8))
        return Self.joined(chunks)
    }

    /// The chunks' bytes, one after the other, as text of exactly their size.
    private static func joined(_ chunks: [[UInt8]]) -> String {
        let total = chunks.reduce(0) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var offset = 0
            for chunk in chunks {
                _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + chunk.count]).initialize(from: chunk)
                offset += chunk.count
            }
            return total
        }
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
