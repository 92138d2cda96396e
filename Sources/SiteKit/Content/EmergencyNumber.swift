import FrenchText
import Templates

/// A number to call (or text) in an emergency, shown on every page: `{number, label, description, sms}`.
///
/// The theme ships the national list in `data/emergency.yml`; a site's `emergency:` list replaces it.
public struct EmergencyNumber: Sendable {
    /// The number (`3114`, `09 72 39 40 50`).
    public let number: FrenchPhone
    /// Who answers (« Numéro national de prévention du suicide »).
    public let label: String
    /// When and for whom (« 24 h/24, 7 j/7, gratuit »).
    public let description: String?
    /// True when the line is reached by text message (114) rather than by a call.
    public let isSMS: Bool

    /// Reads the list under `key` (`emergency` in site.yml and in the theme's data file); nil when absent.
    static func readList(_ key: String, from fields: inout FieldReader, log: inout DiagnosticLog) -> [EmergencyNumber]? {
        guard fields.entry(key) != nil else { return nil }
        let items = fields.groupList(key, itemDescription: "`number`, `label`, `description`, `sms`", log: &log)
        return items.compactMap { item in
            var item = item
            let number = item.phone("number", required: true, log: &log)
            let label = item.text("label", required: true, log: &log)
            let description = item.text("description", log: &log)
            let isSMS = item.bool("sms", log: &log) ?? false
            item.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "un numéro d'urgence", en: "an emergency number"))
            guard let number, let label else { return nil }
            return EmergencyNumber(number: number.value, label: label.value, description: description?.value, isSMS: isSMS)
        }
    }

    /// One item of `site.emergency`: `number`, `href` (`tel:` or `sms:`), `label`, `description`, `is_sms`.
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        let digits = number.telURI.dropFirst("tel:".count)
        var values: TemplateValues = [
            "number": .text(number.display),
            "href": .text(isSMS ? "sms:" + digits : number.telURI),
            "label": .text(french.text(label)),
            "is_sms": .bool(isSMS),
        ]
        if let description { values["description"] = .text(french.text(description)) }
        return values
    }
}
