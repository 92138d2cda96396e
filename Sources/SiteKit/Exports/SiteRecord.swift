/// `clsm.json`: who the CLSM is and where its other exports are. Its format is documented in docs/network.md.
struct SiteRecord {
    /// The format and its version, raised only when a key changes meaning or disappears.
    static let format = "clsm-site/1"

    let config: SiteConfig
    let paths: SiteExportPaths

    /// The document's members, in any order (they are written sorted).
    var tree: JSONTree {
        [
            "format": .string(Self.format),
            "name": .string(config.title),
            "short_name": .string(config.shortName),
            "url": .string(config.baseURL.description),
            "description": .string(config.description),
            "time_zone": .string(config.timeZoneName),
            "territory": config.territory.map(Self.territory) ?? .null,
            "carrier": .strings(config.carrier),
            "partners": .list(config.partners.map { Self.named($0.name, "url", $0.url) }),
            "contact": Self.contact(config.contact),
            "founded": .string(config.founded?.description),
            "exports": Self.exports(paths),
        ]
    }

    private static func territory(_ territory: Territory) -> JSONTree {
        [
            "name": .string(territory.name),
            "communes": .list(territory.communes.map { named($0, "insee", territory.inseeCodes[$0]) }),
            "lat": .double(territory.centre?.latitude),
            "lon": .double(territory.centre?.longitude),
        ]
    }

    /// `{name, <key>}`, the second value `null` when absent: a commune and its INSEE code, a partner and its site.
    private static func named(_ name: String, _ key: String, _ value: String?) -> JSONTree {
        .object(["name": .string(name), key: .string(value)])
    }

    private static func contact(_ contact: Contact) -> JSONTree {
        [
            "name": .string(contact.name),
            "address": .string(contact.address),
            "phone": .string(contact.phone?.display),
            "phone_uri": .string(contact.phone?.telURI),
            "email": .string(contact.email),
        ]
    }

    private static func exports(_ paths: SiteExportPaths) -> JSONTree {
        [
            "agenda": .string(SiteExportPaths.agenda),
            "resources": .string(paths.resources),
            "resources_geojson": .string(paths.resourcesGeoJSON),
            "calendar": .string(paths.calendar),
            "news_feeds": .strings(paths.newsFeeds),
        ]
    }
}
