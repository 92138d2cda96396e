/// JSON text written straight from a `JSONTree` into bytes, keys sorted (by code point), slashes and non-ASCII
/// letters as they are, numbers without a needless fraction (`49`, `2.7745`, `1e+20`).
///
/// Two layouts, the two the files had when Foundation wrote them, held to it by `JSONTextTests`:
/// - `.pretty`: what `JSONEncoder` writes with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` (the exports);
/// - `.compact`: what `JSONSerialization` wrote with `.sortedKeys, .withoutEscapingSlashes` (JSON-LD, data·inclusion).
///
/// `JSONEncoder` cost about 280,000 instructions for each entry of `ressources.json` (a tree of boxed values behind
/// `Encodable`'s dynamic calls, then a second pass to write it) and `[String: Any]` a cast per value. Byte order and
/// Foundation's order agree for the keys clsm writes (ASCII letters, `_`, `@`, none starting with `_` or a capital).
struct JSONText {
    /// How the text is laid out.
    enum Layout {
        /// Each member and item on its own line, two spaces a level, `"key" : value`.
        case pretty
        /// No space at all.
        case compact
    }

    private let layout: Layout
    private var bytes: [UInt8] = []

    private init(layout: Layout) {
        self.layout = layout
    }

    /// The text of `value`.
    static func of(_ value: JSONTree, _ layout: Layout) -> String {
        var json = JSONText(layout: layout)
        json.write(value, depth: 0)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private mutating func write(_ value: JSONTree, depth: Int) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): append(String(number))
        case .double(let number): append(Self.number(number))
        case .bool(let flag): append(flag ? "true" : "false")
        case .null: append("null")
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            writeItems(items.count, depth: depth) { json, index in json.write(items[index], depth: depth + 1) }
            bytes.append(UInt8(ascii: "]"))
        case .items(let count, let item):
            bytes.append(UInt8(ascii: "["))
            writeItems(count, depth: depth) { json, index in json.write(item(index), depth: depth + 1) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            // `<` on these ASCII keys is their byte order, and the fast comparison of Swift's strings.
            let sorted = members.sorted { $0.key < $1.key }
            bytes.append(UInt8(ascii: "{"))
            writeItems(sorted.count, depth: depth) { json, index in
                json.writeString(sorted[index].key)
                json.append(json.layout == .pretty ? " : " : ":")
                json.write(sorted[index].value, depth: depth + 1)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `count` items separated by commas; pretty, each on its own line one level in, and an empty container
    /// holds an empty line, as `JSONEncoder` writes it.
    private mutating func writeItems(_ count: Int, depth: Int, _ writeItem: (inout JSONText, Int) -> Void) {
        guard layout == .pretty else {
            for index in 0..<count {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeItem(&self, index)
            }
            return
        }
        bytes.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { append(",\n") }
            indent(depth + 1)
            writeItem(&self, index)
        }
        bytes.append(UInt8(ascii: "\n"))
        indent(depth)
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(2 * depth) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most strings have nothing to escape: copied whole, from their bytes in place.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            writeEscaped(utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
            case 0x00..<0x20:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A number as Foundation writes it: integral values without a fraction (`49`), others as Swift prints them.
    private static func number(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
