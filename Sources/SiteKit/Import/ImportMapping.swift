/// A mapping file: a YAML group of `Heading: key` pairs naming the columns a spreadsheet calls otherwise
/// (`Structure: title`, `Ville: commune`).
enum ImportMapping {
    /// The pairs of the file at `path` (named `file` in messages); nil with the reasons in `log` when unusable.
    static func read(_ path: String, file: String, log: inout DiagnosticLog) -> [(heading: Located<String>, key: Located<String>)]? {
        guard let bytes = FileSystem.read(path) else {
            log.error(.cannotReadMapping(), at: SourceLocation(file: file))
            return nil
        }
        guard let text = SourceText.decode(bytes, file: file, log: &log),
              let root = YAMLReader().read(text.text, file: file, firstLine: 1, log: &log) else { return nil }
        guard let entries = root.entries else {
            log.error(.mappingNotGroup(is: root.kindDescription), at: root.location)
            return nil
        }
        var pairs: [(heading: Located<String>, key: Located<String>)] = []
        for entry in entries {
            guard case .scalar(let key, _) = entry.value.value, !entry.value.isNull else {
                let given = entry.value.isNull ? Wording(fr: "rien", en: "nothing") : entry.value.kindDescription
                log.error(.mappingNotOneKey(entry.key, given: given), at: entry.keyLocation)
                continue
            }
            pairs.append((Located(entry.key, at: entry.keyLocation), Located(key.trimmingSpaces, at: entry.value.location)))
        }
        return pairs
    }
}
