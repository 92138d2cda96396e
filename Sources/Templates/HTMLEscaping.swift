/// Escapes text for HTML text and double- or single-quoted attributes.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    ///
    /// Bytes, not Characters: a combining mark after a quote (`"\u{301}`) makes one Character that is not `"`,
    /// yet a browser still reads the quote that ends the attribute.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEntity) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of `text`, escaped as `escape` does, added to `bytes`: no intermediate String. The runs between
    /// two bytes to escape are copied whole, most texts in one piece.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count where needsEntity(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: entity(for: utf8[index]) ?? [])
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// The bytes `"` (34), `&` (38), `'` (39), `<` (60) and `>` (62) as bits of one mask; computed, not a global
    /// that each byte would check is initialised.
    private static var entityMask: UInt64 { 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62 }

    @inline(__always)
    private static func needsEntity(_ byte: UInt8) -> Bool {
        byte < 64 && entityMask & (1 << byte) != 0
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
