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

    /// Makes the four files one after the other, handing each to `place` as soon as it is made: each weighs several
    /// MB at 10,000 entries, and none needs to stay in memory once placed.
    func make(each place: (OutputFile) -> Void) {
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
        place(OutputFile(path: guide.paths.json, contents: .text(JSONText.of(document, .pretty) + "\n")))
        let entries = guide.entries
        let features: JSONTree = [
            "type": "FeatureCollection",
            "features": .items(count: entries.count) { index in
                // RFC 7946: an entry without coordinates is a feature whose geometry is null.
                ["type": "Feature", "id": .string(entries[index].id),
                 "geometry": entries[index].details.coordinates.map(Self.point) ?? .null, "properties": trees[index]]
            },
        ]
        place(OutputFile(path: guide.paths.geoJSON, contents: .text(JSONText.of(features, .pretty) + "\n")))
        place(OutputFile(path: guide.paths.csv, contents: .text(GuideCSV.text(of: guide.entries))))
        place(OutputFile(path: guide.paths.dataInclusion,
                         contents: .text(DataInclusionExport(guide: guide, baseURL: site.config.baseURL, today: today).text())))
    }

    /// A GeoJSON point: `[longitude, latitude]`, in that order.
    private static func point(_ coordinates: Coordinates) -> JSONTree {
        ["type": "Point", "coordinates": [.double(coordinates.longitude), .double(coordinates.latitude)]]
    }
}
