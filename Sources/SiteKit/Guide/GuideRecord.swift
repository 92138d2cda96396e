/// One entry as the exports carry it: every key always present (`null` when not given), text as written.
struct GuideRecord: Encodable {
    /// The entry.
    let entry: GuideEntry
    /// Its absolute URL.
    let url: String

    private enum Key: String, CodingKey {
        case id, url, title, description, category, categoryLabel = "category_label", commune, address
        case postalCode = "postal_code", phone, phoneURI = "phone_uri", email, website, hours, publics
        case ageMin = "age_min", ageMax = "age_max", access, cost, sector, lat, lon, emergency, updated
    }

    func encode(to encoder: any Encoder) throws {
        let details = entry.details
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(entry.id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(entry.title, forKey: .title)
        try container.encode(entry.description, forKey: .description)
        try container.encode(entry.category.id, forKey: .category)
        try container.encode(entry.category.label, forKey: .categoryLabel)
        try container.encode(details.commune, forKey: .commune)
        try container.encode(details.address, forKey: .address)
        try container.encode(details.postalCode, forKey: .postalCode)
        try container.encode(details.phone?.display, forKey: .phone)
        try container.encode(details.phone?.telURI, forKey: .phoneURI)
        try container.encode(details.email, forKey: .email)
        try container.encode(details.website, forKey: .website)
        try container.encode(details.hours, forKey: .hours)
        try container.encode(details.publics, forKey: .publics)
        try container.encode(details.ageMin, forKey: .ageMin)
        try container.encode(details.ageMax, forKey: .ageMax)
        try container.encode(details.access, forKey: .access)
        try container.encode(details.cost?.rawValue, forKey: .cost)
        try container.encode(details.sector, forKey: .sector)
        try container.encode(details.coordinates?.latitude, forKey: .lat)
        try container.encode(details.coordinates?.longitude, forKey: .lon)
        try container.encode(details.isEmergency, forKey: .emergency)
        try container.encode(details.lastChecked?.value.description, forKey: .updated)
    }
}
