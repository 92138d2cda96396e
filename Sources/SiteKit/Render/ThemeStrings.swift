/// The theme's words in the site's language, from `i18n/<language>.yml` (`key: text`).
enum ThemeStrings {
    /// The file holding the strings for `language`.
    static func path(directory: String, language: String) -> String {
        directory + "/i18n/" + language + ".yml"
    }

    /// The strings for `language`; nil when the theme has no file for it, empty when the file cannot be read.
    static func load(directory: String, language: String, folder: SiteFolder, log: inout DiagnosticLog) -> [String: String]? {
        let path = path(directory: directory, language: language)
        let file = folder.relative(path)
        guard FileSystem.isFile(path) else { return nil }
        guard let bytes = FileSystem.read(path), let text = SourceText.decode(bytes, file: file, log: &log),
              let root = YAMLReader().read(text.text, file: file, firstLine: 1, log: &log) else { return [:] }
        var strings: [String: String] = [:]
        for entry in root.entries ?? [] {
            guard case .scalar(let value, _) = entry.value.value else {
                log.error(.themeStringNotText(), at: entry.keyLocation)
                continue
            }
            // Theme strings are read by visitors like any other text: French spacing applies to them too.
            strings[entry.key] = FrenchStyle(isFrench: language == "fr").text(value)
        }
        return strings
    }
}
