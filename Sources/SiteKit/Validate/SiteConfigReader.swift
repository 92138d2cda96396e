import Foundation

/// Reads and checks `site.yml`.
enum SiteConfigReader {
    /// Keys handed to the theme as written; their own issues give them types.
    static let passThroughKeys = ["sism", "guide"]
    /// The address the content of a site whose `base_url` is missing or wrong is checked under.
    private static let standInBaseURL = "https://site.invalid/"

    /// The settings of the site whose `site.yml` text is `text`; nil when they have an error.
    static func read(_ text: String, file: String, baseURLOverride: String?, log: inout DiagnosticLog) -> SiteConfig? {
        let errorsBefore = log.entries.count
        let config = readDespiteErrors(text, file: file, baseURLOverride: baseURLOverride, log: &log)
        return log.entries[errorsBefore...].contains { $0.severity == .error } ? nil : config
    }

    /// The settings of the site whose `site.yml` text is `text`, its faulty values left out (their errors in `log`), so
    /// that a build checks the content in the same run; nil when they cannot be used even so: `sections` or `network`
    /// in error, which would change what every content file is.
    static func readDespiteErrors(_ text: String, file: String, baseURLOverride: String?, log: inout DiagnosticLog) -> SiteConfig? {
        guard let root = YAMLReader().read(text, file: file, firstLine: 1, log: &log) else { return nil }
        guard let entries = root.entries else {
            log.error(.siteNotGroup(), at: root.location)
            return nil
        }
        var fields = FieldReader(entries, at: SourceLocation(file: file))
        let title = fields.text("title", required: true, log: &log)
        let baseURL = readBaseURL(&fields, override: baseURLOverride, log: &log)
        let language = fields.choice("language", among: ["fr", "en"], log: &log)?.value ?? "fr"
        let zone = readTimeZone(&fields, log: &log)
        let theme = fields.text("theme", log: &log) ?? Located("clsm", at: SourceLocation(file: file))
        let shortName = fields.text("short_name", log: &log)?.value
        let founded = fields.day("founded", log: &log)
        let description = fields.text("description", log: &log)?.value
        let logo = fields.staticPath("logo", log: &log)
        let contact = readContact(&fields, log: &log)
        let menu = readMenu(&fields, log: &log)
        let beforeSections = log.entries.count
        let sections = readSections(&fields, log: &log)
        let sectionsFailed = log.entries[beforeSections...].contains { $0.severity == .error }
        let territory = Territory.read(&fields, log: &log)
        let carrier = fields.textList("carrier", log: &log).map(\.value).filter { !$0.isEmpty }
        let partners = Partner.readList(&fields, log: &log)
        let legal = LegalInfo.read(&fields, log: &log)
        let accessibility = AccessibilityStatement.read(&fields, log: &log)
        let emergency = EmergencyNumber.readList("emergency", from: &fields, log: &log)
        let params = ThemeParams.read(&fields, log: &log)
        let beforeNetwork = log.entries.count
        let network = NetworkSettings.read(&fields, log: &log)
        let networkFailed = log.entries[beforeNetwork...].contains { $0.severity == .error }
        var extra: [String: YAMLNode] = [:]
        for key in passThroughKeys {
            if let entry = fields.entry(key) { extra[key] = entry.value }
        }
        let guideMap = GuideMapSettings.read(guide: extra["guide"], log: &log)
        let guidePDF = GuidePDF.read(guide: extra["guide"], log: &log)
        let search = fields.bool("search", log: &log) == true ? fields.entry("search")?.value.location : nil
        fields.warnAboutUnknownKeys(log: &log, context: .inFile("site.yml"))

        // A missing title, address or contact is reported; the content is checked with stand-ins, and nothing is written.
        guard !sectionsFailed, !networkFailed, let baseURL = baseURL ?? BaseURL(standInBaseURL) else { return nil }
        return SiteConfig(
            title: title?.value ?? "", baseURL: baseURL, language: language, timeZone: zone.zone, timeZoneName: zone.name,
            theme: theme, shortName: shortName, founded: founded, description: description, logo: logo,
            contact: contact ?? Contact(name: ""), menu: menu,
            sections: sections, territory: territory, carrier: carrier, partners: partners, legal: legal,
            accessibility: accessibility, emergency: emergency, params: params, search: search, guidePDF: guidePDF, guideMap: guideMap,
            network: network, extra: extra
        )
    }

    private static func readBaseURL(_ fields: inout FieldReader, override: String?, log: inout DiagnosticLog) -> BaseURL? {
        let written = fields.text("base_url", required: override == nil, log: &log)
        if let override {
            guard let url = BaseURL(override) else {
                log.error(.baseURLOption(override), at: fields.location)
                return nil
            }
            return url
        }
        guard let written else { return nil }
        guard let url = BaseURL(written.value) else {
            log.error(.badBaseURL(written.value), at: written.location)
            return nil
        }
        return url
    }

    private static func readTimeZone(_ fields: inout FieldReader, log: inout DiagnosticLog) -> (zone: TimeZone, name: String) {
        let fallback = (TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt, "Europe/Paris")
        guard let name = fields.text("timezone", log: &log) else { return fallback }
        guard let zone = TimeZone(identifier: name.value) else {
            log.error(.unknownTimeZone(name.value), at: name.location)
            return fallback
        }
        return (zone, name.value)
    }

    private static func readContact(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Contact? {
        guard var group = fields.group("contact", log: &log) else {
            if fields.entries.first(where: { $0.key == "contact" }) == nil {
                log.error(.missingContact(), at: fields.location)
            }
            return nil
        }
        let name = group.text("name", required: true, log: &log)
        let contact = Contact(
            name: name?.value ?? "",
            address: group.text("address", log: &log)?.value,
            phone: group.phone("phone", log: &log)?.value,
            email: group.emailAddress("email", log: &log)?.value
        )
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("contact"))
        return name == nil ? nil : contact
    }

    private static func readMenu(_ fields: inout FieldReader, log: inout DiagnosticLog) -> [MenuEntry]? {
        guard let entry = fields.entry("menu") else { return nil }
        guard case .sequence(let items) = entry.value.value else {
            log.error(.menuNotList(), at: entry.keyLocation)
            return nil
        }
        return items.compactMap { item in
            guard let entries = item.entries else {
                log.error(.menuEntryIncomplete(), at: item.location)
                return nil
            }
            var group = FieldReader(entries, at: item.location)
            let title = group.text("title", required: true, log: &log)
            let page = group.text("page", log: &log)
            let url = group.text("url", log: &log)
            group.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "une entrée du menu", en: "a menu entry"))
            guard let title else { return nil }
            guard let target = page ?? url else {
                log.error(.menuEntryWithoutTarget(title.value), at: item.location)
                return nil
            }
            return MenuEntry(title: title.value, target: target)
        }
    }

    private static func readSections(_ fields: inout FieldReader, log: inout DiagnosticLog) -> [String: ContentKind] {
        var sections = ContentKind.defaultSections
        guard var group = fields.group("sections", log: &log) else { return sections }
        for entry in group.entries {
            let kinds = ContentKind.allCases.map(\.rawValue)
            guard let kind = group.choice(entry.key, among: kinds, log: &log).flatMap({ ContentKind(rawValue: $0.value) }) else { continue }
            sections[entry.key] = kind
        }
        return sections
    }
}
