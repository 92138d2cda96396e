/// Escapes text for HTML text and double- or single-quoted attributes.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    ///
    /// Bytes, not Characters: a combining mark after a quote (`"\u{301}`) makes one Character that is not `"`,
    /// yet a browser still reads the quote that ends the attribute.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = entity(for: byte) {
                bytes.append(contentsOf: entity)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of `text`, escaped as `escape` does, added to `bytes`: no intermediate String.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        for byte in text.utf8 {
            if let entity = entity(for: byte) {
                bytes.append(contentsOf: entity)
            } else {
                bytes.append(byte)
            }
        }
    }

    private static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): return ampersand
        case UInt8(ascii: "<"): return lessThan
        case UInt8(ascii: ">"): return greaterThan
        case UInt8(ascii: "\""): return quote
        case UInt8(ascii: "'"): return apostrophe
        default: return nil
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
