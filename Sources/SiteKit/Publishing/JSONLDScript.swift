import Foundation

/// schema.org data as JSON-LD safe to put inside a `<script type="application/ld+json">` element.
enum JSONLDScript {
    /// The JSON text of `object`: keys sorted, texts as written, `<`, `>` and `&` escaped as `\u003c`, `\u003e`,
    /// `\u0026`.
    static func text(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return escapedForScript(String(decoding: data, as: UTF8.self))
    }

    /// These three characters only ever stand inside JSON strings, where the escapes mean the same. Scalar by
    /// scalar: `replacingOccurrences` compares Characters and misses a `<` followed by a combining mark.
    private static func escapedForScript(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": result.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": result.append(contentsOf: "\\u0026".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
