import Foundation

/// Diagnostics as one JSON list, for tools:
/// `[{"code": "key.missing-key", "file": …, "line": 3, "column": 9, "severity": "error", "message": …}]`.
public enum DiagnosticJSON {
    /// The fields of one diagnostic; `file`, `line` and `column` are left out for a problem of a whole site.
    struct Entry: Encodable {
        let code: String
        let site: String
        let file: String?
        let line: Int?
        let column: Int?
        let severity: String
        let message: String
    }

    /// The JSON text of `diagnostics`, messages in `language`, keys sorted, one diagnostic a line.
    public static func document(_ diagnostics: [ReportedDiagnostic], language: MessageLanguage) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = diagnostics.map { diagnostic -> String in
            let entry = Entry(code: diagnostic.message.code.rawValue, site: diagnostic.site, file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
                              severity: diagnostic.severity.rawValue, message: diagnostic.message.text(in: language))
            // Encoding strings and integers cannot fail; an empty object would still keep the list valid.
            let data = (try? encoder.encode(entry)) ?? Data("{}".utf8)
            return "  " + String(decoding: data, as: UTF8.self)
        }
        return lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]"
    }
}
