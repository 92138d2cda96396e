import FrenchText

/// The guide as data: `ressources.json` for anyone, `ressources.geojson` for a map, `ressources.csv` for a spreadsheet,
/// `ressources-data-inclusion.json` for the national directory. Their formats are documented in docs/guide-data.md.
struct GuideExport {
    /// The format's version; raised only when a key changes meaning or disappears.
    static let version = 1

    /// The guide.
    let guide: Guide
    /// The site, for its title and URLs.
    let site: ResolvedSite
    /// The build's day, for the data·inclusion export.
    var today: CalendarDate

    /// The four files.
    func files() -> [OutputFile] {
        let records = guide.entries.map { GuideRecord(entry: $0, url: site.config.baseURL.absolute($0.urlPath)) }
        let counts = Dictionary(grouping: guide.entries, by: \.category.id).mapValues(\.count)
        let categories = guide.vocabulary.categories.map { category -> JSONTree in
            ["id": .string(category.id), "label": .string(category.label), "description": .string(category.description),
             "count": .int(counts[category.id] ?? 0)]
        }
        let about: JSONTree = ["title": .string(site.config.title), "url": .string(site.config.baseURL.description)]
        let trees = records.map(\.tree)
        let document: JSONTree = [
            "format": "clsm-guide", "version": .int(Self.version), "site": about, "categories": .list(categories),
            "resources": .list(trees),
        ]
        let features: JSONTree = [
            "type": "FeatureCollection",
            "features": .list(zip(guide.entries, trees).map { entry, tree in
                // RFC 7946: an entry without coordinates is a feature whose geometry is null.
                ["type": "Feature", "id": .string(entry.id), "geometry": entry.details.coordinates.map(Self.point) ?? .null,
                 "properties": tree]
            }),
        ]
        return [
            OutputFile(path: guide.paths.json, contents: .text(JSONText.of(document, .pretty) + "\n")),
            OutputFile(path: guide.paths.geoJSON, contents: .text(JSONText.of(features, .pretty) + "\n")),
            OutputFile(path: guide.paths.csv, contents: .text(GuideCSV.text(of: guide.entries))),
            OutputFile(path: guide.paths.dataInclusion,
                       contents: .text(DataInclusionExport(guide: guide, baseURL: site.config.baseURL, today: today).text())),
        ]
    }

    /// A GeoJSON point: `[longitude, latitude]`, in that order.
    private static func point(_ coordinates: Coordinates) -> JSONTree {
        ["type": "Point", "coordinates": [.double(coordinates.longitude), .double(coordinates.latitude)]]
    }
}
