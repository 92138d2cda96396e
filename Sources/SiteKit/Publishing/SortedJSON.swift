import Foundation

/// JSON text of a tree of `[String: Any]`, `[Any]`, texts, numbers and flags, keys sorted by code point, slashes and
/// non-ASCII letters as they are: the JSON-LD of each guide entry and the data·inclusion export go through it.
///
/// `JSONSerialization` with `.sortedKeys` cost about 3 million instructions an entry: it sorts keys by the system
/// locale's collation (`_b` before `@type`, `Zed` after `a`). For the keys clsm writes (schema.org's camelCase and
/// data·inclusion's snake_case, none starting with `_` or a capital) both orders agree, and numbers and escapes are
/// written as it writes them (`49`, `2.7745`, `1e+20`, `\u0001`), so the files did not change.
enum SortedJSON {
    /// The text of `value`; nil for a value of another type.
    static func text(_ value: Any) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        guard write(value, into: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ value: Any, into bytes: inout [UInt8]) -> Bool {
        switch value {
        case let text as String:
            writeString(text, into: &bytes)
        case let flag as Bool:
            bytes.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case let number as Int:
            bytes.append(contentsOf: Array(String(number).utf8))
        case let number as Double:
            guard number.isFinite else { return false }
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            bytes.append(contentsOf: Array(text.utf8))
        case let group as [String: Any]:
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in group.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                guard let item = group[key], write(item, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "}"))
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, item) in list.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                guard write(item, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "]"))
        default:
            return false
        }
        return true
    }

    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
