/// An ASCII name of at most eight bytes packed into an integer, so tag and entity names can be
/// looked up without allocating a `String` for each. Written as a string literal in tables.
struct ShortName: Hashable, ExpressibleByStringLiteral {
    let bits: UInt64

    /// Packs `bytes`, lower-casing ASCII letters if asked (tag names are case-insensitive,
    /// entity names are not); nil if longer than eight bytes.
    init?(_ bytes: ArraySlice<UInt8>, lowercasing: Bool) {
        guard bytes.count <= 8 else { return nil }
        var bits: UInt64 = 0
        for byte in bytes {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            bits = bits << 8 | UInt64(lowercasing && isUpper ? byte | 0x20 : byte)
        }
        self.bits = bits
    }

    /// Packs a name written in the source (eight ASCII characters at most).
    init(stringLiteral literal: StaticString) {
        var bits: UInt64 = 0
        literal.withUTF8Buffer { buffer in
            for byte in buffer.prefix(8) { bits = bits << 8 | UInt64(byte) }
        }
        self.bits = bits
    }
}
