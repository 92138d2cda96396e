import FrenchText

/// `clsm.json`: who the CLSM is and where its other exports are. Its format is documented in docs/network.md.
struct SiteRecord: Encodable {
    /// The format and its version, raised only when a key changes meaning or disappears.
    static let format = "clsm-site/1"

    let config: SiteConfig
    let paths: SiteExportPaths

    private enum Key: String, CodingKey {
        case format, name, shortName = "short_name", url, description, timeZone = "time_zone", territory, carrier, partners
        case contact, founded, exports
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(config.title, forKey: .name)
        try container.encode(config.shortName, forKey: .shortName)
        try container.encode(config.baseURL.description, forKey: .url)
        try container.encode(config.description, forKey: .description)
        try container.encode(config.timeZoneName, forKey: .timeZone)
        try container.encode(config.territory.map(TerritoryRecord.init), forKey: .territory)
        try container.encode(config.carrier, forKey: .carrier)
        try container.encode(config.partners.map { NamedRecord(name: $0.name, key: "url", value: $0.url) }, forKey: .partners)
        try container.encode(ContactRecord(contact: config.contact), forKey: .contact)
        try container.encode(config.founded?.description, forKey: .founded)
        try container.encode(ExportsRecord(paths: paths), forKey: .exports)
    }

    private struct TerritoryRecord: Encodable {
        let territory: Territory

        private enum Key: String, CodingKey { case name, communes, lat, lon }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(territory.name, forKey: .name)
            try container.encode(territory.communes.map { NamedRecord(name: $0, key: "insee", value: territory.inseeCodes[$0]) }, forKey: .communes)
            try container.encode(territory.centre?.latitude, forKey: .lat)
            try container.encode(territory.centre?.longitude, forKey: .lon)
        }
    }

    /// `{name, <key>}`, the second value `null` when absent: a commune and its INSEE code, a partner and its site.
    private struct NamedRecord: Encodable {
        let name: String
        let key: String
        let value: String?

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(name, forKey: Key(stringValue: "name"))
            try container.encode(value, forKey: Key(stringValue: key))
        }
    }

    private struct ContactRecord: Encodable {
        let contact: Contact

        private enum Key: String, CodingKey { case name, address, phone, phoneURI = "phone_uri", email }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(contact.name, forKey: .name)
            try container.encode(contact.address, forKey: .address)
            try container.encode(contact.phone?.display, forKey: .phone)
            try container.encode(contact.phone?.telURI, forKey: .phoneURI)
            try container.encode(contact.email, forKey: .email)
        }
    }

    private struct ExportsRecord: Encodable {
        let paths: SiteExportPaths

        private enum Key: String, CodingKey {
            case agenda, resources, resourcesGeoJSON = "resources_geojson", calendar, newsFeeds = "news_feeds"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(SiteExportPaths.agenda, forKey: .agenda)
            try container.encode(paths.resources, forKey: .resources)
            try container.encode(paths.resourcesGeoJSON, forKey: .resourcesGeoJSON)
            try container.encode(paths.calendar, forKey: .calendar)
            try container.encode(paths.newsFeeds, forKey: .newsFeeds)
        }
    }
}
