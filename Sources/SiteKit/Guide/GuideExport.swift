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

    /// Makes the four files, `jobs` at a time, handing each to `place` in their order as soon as its group is made:
    /// each weighs several MB at 10,000 entries, and none needs to stay in memory once placed.
    func make(jobs: Int, each place: (OutputFile) -> Void) {
        let records = guide.entries.map { GuideRecord(entry: $0, url: site.config.baseURL.absolute($0.urlPath)) }
        let trees = records.map(\.tree)
        let makers: [@Sendable () -> OutputFile] = [
            { [self] in OutputFile(path: guide.paths.json, contents: .text(JSONText.of(document(trees), .pretty) + "\n")) },
            { [self] in OutputFile(path: guide.paths.geoJSON, contents: .text(JSONText.of(features(trees), .pretty) + "\n")) },
            { [guide] in OutputFile(path: guide.paths.csv, contents: .text(GuideCSV.text(of: guide.entries))) },
            { [self] in
                OutputFile(path: guide.paths.dataInclusion,
                           contents: .text(DataInclusionExport(guide: guide, baseURL: site.config.baseURL, today: today).text()))
            },
        ]
        let group = max(1, jobs)
        for start in stride(from: 0, to: makers.count, by: group) {
            let end = min(start + group, makers.count)
            for file in ParallelWork.map(count: end - start, jobs: jobs, { makers[start + $0]() }) { place(file) }
        }
    }

    /// `ressources.json`: the site, the categories with their counts, and every entry's record.
    private func document(_ trees: [JSONTree]) -> JSONTree {
        let counts = Dictionary(grouping: guide.entries, by: \.category.id).mapValues(\.count)
        let categories = guide.vocabulary.categories.map { category -> JSONTree in
            ["id": .string(category.id), "label": .string(category.label), "description": .string(category.description),
             "count": .int(counts[category.id] ?? 0)]
        }
        let about: JSONTree = ["title": .string(site.config.title), "url": .string(site.config.baseURL.description)]
        return [
            "format": "clsm-guide", "version": .int(Self.version), "site": about, "categories": .list(categories),
            "resources": .list(trees),
        ]
    }

    /// `ressources.geojson`: one feature per entry, its record as properties.
    private func features(_ trees: [JSONTree]) -> JSONTree {
        let entries = guide.entries
        return [
            "type": "FeatureCollection",
            "features": .items(count: entries.count) { index in
                // RFC 7946: an entry without coordinates is a feature whose geometry is null.
                ["type": "Feature", "id": .string(entries[index].id),
                 "geometry": entries[index].details.coordinates.map(Self.point) ?? .null, "properties": trees[index]]
            },
        ]
    }

    /// A GeoJSON point: `[longitude, latitude]`, in that order.
    private static func point(_ coordinates: Coordinates) -> JSONTree {
        ["type": "Point", "coordinates": [.double(coordinates.longitude), .double(coordinates.latitude)]]
    }
}
