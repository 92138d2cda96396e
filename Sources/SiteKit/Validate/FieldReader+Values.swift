import FrenchText

/// Values of site.yml blocks and front matters that have a shape of their own: web addresses, e-mail
/// addresses, French phone numbers, lists of groups.
extension FieldReader {
    /// An absolute `http://` or `https://` address.
    mutating func webAddress(_ key: String, log: inout DiagnosticLog) -> Located<String>? {
        guard let value = text(key, log: &log) else { return nil }
        guard WebAddress.isValid(value.value) else {
            log.error(.notWebAddress(key, value.value, suggestion: WebAddress.suggestion(for: value.value)),
                      at: value.location)
            return nil
        }
        return value
    }

    /// An e-mail address: `name@domain.tld`, without spaces.
    mutating func emailAddress(_ key: String, log: inout DiagnosticLog) -> Located<String>? {
        guard let value = text(key, log: &log) else { return nil }
        guard WebAddress.isEmail(value.value) else {
            log.error(.notEmail(key, value.value), at: value.location)
            return nil
        }
        return value
    }

    /// A French phone number in any common writing (`03 87 56 27 68`, `+33 3 87 56 27 68`, `3114`).
    mutating func phone(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> Located<FrenchPhone>? {
        guard let value = text(key, required: required, log: &log) else { return nil }
        guard let phone = FrenchPhone(value.value) else {
            log.error(.notPhone(key, value.value, digits: FrenchPhone.wrongNationalLength(value.value)),
                      at: value.location)
            return nil
        }
        if let code = phone.overseasCountryCode {
            log.warning(.overseasPhone(key, value.value, prefix: String(phone.display.prefix(5)), code: code, national: String(phone.display.dropFirst()), display: phone.display), at: value.location)
        }
        return Located(phone, at: value.location)
    }

    /// A list whose items are groups of keys (`- name: …`), each read by the caller.
    mutating func groupList(_ key: String, itemDescription: String, log: inout DiagnosticLog) -> [FieldReader] {
        guard let entry = entry(key) else { return [] }
        guard case .sequence(let items) = entry.value.value else {
            log.error(.notGroupList(key, items: itemDescription, is: entry.value.kindDescription), at: entry.keyLocation)
            return []
        }
        return items.compactMap { item in
            guard let entries = item.entries else {
                log.error(.itemNotGroup(key, items: itemDescription, is: item.kindDescription),
                          at: item.location)
                return nil
            }
            return FieldReader(entries, at: item.location)
        }
    }

    /// A path below `static/` (`images/logo.svg`); whether the file exists is checked once static files are known.
    mutating func staticPath(_ key: String, log: inout DiagnosticLog) -> Located<String>? {
        guard let value = text(key, log: &log) else { return nil }
        let relative = String(value.value.drop(while: { $0 == "/" }))
        guard !LinkResolver.hasScheme(relative), let normalized = Path.normalize(relative), !normalized.isEmpty else {
            log.error(.notStaticFile(key, value.value), at: value.location)
            return nil
        }
        return Located(normalized, at: value.location)
    }
}
