import Templates

/// A body that supports the CLSM, shown under « Avec le soutien de »: `partners: [{name, url, logo, logo_alt}]`.
public struct Partner: Sendable {
    /// Its name.
    public let name: String
    /// Its website, `http(s)`.
    public let url: String?
    /// Its logo, a path below `static/`, with where it was written.
    public let logo: Located<String>?
    /// The logo's text alternative; the name when not given.
    public let logoAlt: String?

    /// Reads the `partners` list; entries with errors are left out.
    static func readList(_ fields: inout FieldReader, log: inout DiagnosticLog) -> [Partner] {
        fields.groupList("partners", itemDescription: "`name`, `url`, `logo`, `logo_alt`", log: &log).compactMap { item in
            var item = item
            let name = item.text("name", required: true, log: &log)
            let url = item.webAddress("url", log: &log)
            let logo = item.staticPath("logo", log: &log)
            let logoAlt = item.text("logo_alt", log: &log)
            item.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "un partenaire", en: "a partner"))
            if let logoAlt, logo == nil {
                log.warning(.logoAltWithoutLogo(), at: logoAlt.location)
            }
            guard let name else { return nil }
            return Partner(name: name.value, url: url?.value, logo: logo, logoAlt: logoAlt?.value)
        }
    }

    /// One item of `site.partners`: `name`, `url`, `logo` (a site path), `logo_alt`.
    func templateValues(_ french: FrenchStyle, baseURL: BaseURL) -> TemplateValues {
        var values: TemplateValues = ["name": .text(french.text(name))]
        if let url { values["url"] = .text(url) }
        if let logo {
            values["logo"] = .text(baseURL.sitePath(logo.value))
            values["logo_alt"] = .text(french.text(logoAlt ?? name))
        }
        return values
    }
}
