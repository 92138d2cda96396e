/// One event as `agenda.json` carries it: every key always present (`null` when not given), text as written.
struct AgendaRecord: Encodable {
    let event: AgendaEvent
    /// Its absolute URL.
    let url: String
    /// The site's time zone (`Europe/Paris`), in which `start` and `end` are local.
    let timeZone: String
    /// When its file was last edited (its last commit, else its `updated`), RFC 3339: its calendars' `DTSTAMP`.
    let updated: String?

    private enum Key: String, CodingKey {
        case id, url, title, description, start, end, allDay = "all_day", timeZone = "time_zone", place, address, commune
        case lat, lon, online, type, typeLabel = "type_label", publics, free, price, registration, status, sism
        case organisers, partners, accessibility, updated
    }

    func encode(to encoder: any Encoder) throws {
        let details = event.details
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(event.urlPath, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(event.page.title, forKey: .title)
        try container.encode(event.page.description, forKey: .description)
        try container.encode(details.schedule.start.iso, forKey: .start)
        try container.encode(details.schedule.end?.iso, forKey: .end)
        try container.encode(details.schedule.isAllDay, forKey: .allDay)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(details.place, forKey: .place)
        try container.encode(details.address, forKey: .address)
        try container.encode(details.commune, forKey: .commune)
        try container.encode(details.coordinates?.latitude, forKey: .lat)
        try container.encode(details.coordinates?.longitude, forKey: .lon)
        try container.encode(details.online, forKey: .online)
        try container.encode(details.type.rawValue, forKey: .type)
        try container.encode(details.type.label, forKey: .typeLabel)
        try container.encode(details.publics, forKey: .publics)
        try container.encode(details.isFree, forKey: .free)
        try container.encode(details.price, forKey: .price)
        try container.encode(details.registration.map(RegistrationRecord.init), forKey: .registration)
        try container.encode(details.status.rawValue, forKey: .status)
        try container.encode(event.edition?.year, forKey: .sism)
        try container.encode(details.organisers, forKey: .organisers)
        try container.encode(details.partners, forKey: .partners)
        try container.encode(details.accessibility, forKey: .accessibility)
        try container.encode(updated, forKey: .updated)
    }

    private struct RegistrationRecord: Encodable {
        let registration: EventRegistration

        private enum Key: String, CodingKey { case required, url, phone, phoneURI = "phone_uri", email, deadline }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(registration.isRequired, forKey: .required)
            try container.encode(registration.url, forKey: .url)
            try container.encode(registration.phone?.display, forKey: .phone)
            try container.encode(registration.phone?.telURI, forKey: .phoneURI)
            try container.encode(registration.email, forKey: .email)
            try container.encode(registration.deadline?.description, forKey: .deadline)
        }
    }
}

/// One SISM edition as `agenda.json` carries it.
struct EditionRecord: Encodable {
    let edition: SISMEdition
    /// The absolute URL of its page.
    let url: String

    private enum Key: String, CodingKey { case year, number, start, end, theme, url }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(edition.year, forKey: .year)
        try container.encode(edition.number, forKey: .number)
        try container.encode(edition.start.description, forKey: .start)
        try container.encode(edition.end.description, forKey: .end)
        try container.encode(edition.theme, forKey: .theme)
        try container.encode(url, forKey: .url)
    }
}
