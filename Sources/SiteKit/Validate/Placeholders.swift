/// The texts `clsm new` writes for the editor to replace: left in, they would be published as they are (and
/// `commune: "À préciser"` would make a page of a commune named so). Each is a warning at its line, an error with
/// `--strict`.
public enum Placeholders {
    /// The value `clsm new` gives to the keys it cannot guess (`commune`).
    public static let unspecified = "À préciser"
    /// The body `clsm new` writes.
    public static let bodyText = "Écrivez ici le texte de la page."

    /// Records a warning for each placeholder left in the front matter's `entries` or in `body`.
    static func check(_ entries: [YAMLEntry], body: String, bodyFirstLine: Int, file: String, log: inout DiagnosticLog) {
        for entry in entries {
            if case .scalar(let text, _) = entry.value.value, text.trimmingCharacters(in: .whitespaces) == unspecified {
                log.warning(.placeholderLeft(entry.key, unspecified), at: entry.value.location)
            }
        }
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces) == bodyText {
            log.warning(.placeholderLeft(nil, bodyText), at: SourceLocation(file: file, line: bodyFirstLine + offset))
        }
    }
}
