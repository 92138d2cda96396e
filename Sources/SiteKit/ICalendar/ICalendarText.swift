/// The escaping rules of RFC 5545 for TEXT values (3.3.11) and parameter values (3.2).
public enum ICalendarText {
    /// A TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line end (LF, CR LF or CR) → `\n`;
    /// other control characters, which no TEXT may hold, are dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; double quotes and control characters,
    /// which no parameter value may hold, are dropped.
    public static func parameterValue(_ value: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where scalar != "\"" && scalar.value >= 0x20 && scalar.value != 0x7F {
            cleaned.append(scalar)
        }
        let text = String(cleaned)
        return text.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"" + text + "\"" : text
    }
}
