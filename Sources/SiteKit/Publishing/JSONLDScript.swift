/// schema.org data as JSON-LD safe to put inside a `<script type="application/ld+json">` element.
enum JSONLDScript {
    /// The JSON text of `object`: keys sorted, texts as written, `<`, `>` and `&` escaped as `\u003c`, `\u003e`,
    /// `\u0026`.
    static func text(_ object: JSONTree) -> String {
        escapedForScript(JSONText.of(object, .compact))
    }

    /// These three characters only ever stand inside JSON strings, where the escapes mean the same. Byte by byte:
    /// `replacingOccurrences` compares Characters and misses a `<` followed by a combining mark.
    private static func escapedForScript(_ json: String) -> String {
        var text = json
        guard text.withUTF8({ $0.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") } }) else {
            return json
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count + 32)
        for byte in json.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): bytes.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): bytes.append(contentsOf: Array("\\u0026".utf8))
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
