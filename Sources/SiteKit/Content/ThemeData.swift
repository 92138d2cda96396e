/// What a theme ships besides templates and strings: the defaults of `data/*.yml`.
enum ThemeData {
    /// The national emergency numbers of `data/emergency.yml` (`emergency: [{number, label…}]`); empty when absent.
    static func emergencyNumbers(themeDirectory: String, folder: SiteFolder, log: inout DiagnosticLog) -> [EmergencyNumber] {
        let path = themeDirectory + "/data/emergency.yml"
        guard FileSystem.isFile(path) else { return [] }
        let file = folder.relative(path)
        guard let bytes = FileSystem.read(path), let text = SourceText.decode(bytes, file: file, log: &log),
              let root = YAMLReader().read(text.text, file: file, firstLine: 1, log: &log) else { return [] }
        guard let entries = root.entries else {
            log.error(.emergencyFileShape(), at: root.location)
            return []
        }
        var fields = FieldReader(entries, at: root.location)
        let numbers = EmergencyNumber.readList("emergency", from: &fields, log: &log) ?? []
        fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "le fichier data/emergency.yml du thème", en: "the theme's data/emergency.yml"))
        return numbers
    }
}
