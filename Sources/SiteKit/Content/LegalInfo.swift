import FrenchText
import Templates

/// What « Mentions légales » must say (LCEN, art. 6): `legal: {publisher, address, phone, email, director, host}`.
public struct LegalInfo: Sendable {
    /// The body that publishes the site (the town, the hospital).
    public let publisher: String
    /// Its postal address.
    public let address: String?
    /// Its phone number.
    public let phone: FrenchPhone?
    /// Its e-mail address.
    public let email: String?
    /// The directeur de la publication: a function rather than a person's name.
    public let director: String
    /// Who hosts the site.
    public let host: HostInfo

    /// Reads the `legal` block; nil when it is absent or unusable.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> LegalInfo? {
        guard var group = fields.group("legal", log: &log) else { return nil }
        let publisher = group.text("publisher", required: true, log: &log)
        let address = group.text("address", log: &log)
        let phone = group.phone("phone", log: &log)
        let email = group.emailAddress("email", log: &log)
        let director = group.text("director", required: true, log: &log)
        let host = HostInfo.read(&group, log: &log)
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("legal"))
        guard let publisher, let director, let host else { return nil }
        return LegalInfo(publisher: publisher.value, address: address?.value, phone: phone?.value, email: email?.value,
                         director: director.value, host: host)
    }

    /// `site.legal`: `publisher`, `address_lines`, `phone.display`/`phone.tel`, `email`, `director`, `host.…`.
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        var values = PostalValues.make(name: publisher, address: address, phone: phone, french: french)
        values["publisher"] = values["name"]
        values["director"] = .text(french.text(director))
        if let email { values["email"] = .text(email) }
        values["host"] = .group(host.templateValues(french))
        return values
    }
}

/// The host of the site: `legal.host: {name, address, phone, url}`.
public struct HostInfo: Sendable {
    /// Its name.
    public let name: String
    /// Its postal address.
    public let address: String
    /// Its phone number.
    public let phone: FrenchPhone?
    /// Its website.
    public let url: String?

    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> HostInfo? {
        guard var group = fields.group("host", log: &log) else {
            if !fields.entries.contains(where: { $0.key == "host" }) {
                log.error(.missingHost(), at: fields.location)
            }
            return nil
        }
        let name = group.text("name", required: true, log: &log)
        let address = group.text("address", required: true, log: &log)
        let phone = group.phone("phone", log: &log)
        let url = group.webAddress("url", log: &log)
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("legal.host"))
        guard let name, let address else { return nil }
        return HostInfo(name: name.value, address: address.value, phone: phone?.value, url: url?.value)
    }

    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        var values = PostalValues.make(name: name, address: address, phone: phone, french: french)
        if let url { values["url"] = .text(url) }
        return values
    }
}
