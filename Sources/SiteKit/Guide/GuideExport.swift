import Foundation
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
    /// How many threads encode the files.
    var jobs = 1
    /// The build's day, for the data·inclusion export.
    var today: CalendarDate

    /// The four files; a value that cannot be encoded is recorded in `log`.
    func files(log: inout DiagnosticLog) -> [OutputFile] {
        let records = guide.entries.map { GuideRecord(entry: $0, url: site.config.baseURL.absolute($0.urlPath)) }
        let counts = Dictionary(grouping: guide.entries, by: \.category.id).mapValues(\.count)
        let categories = guide.vocabulary.categories.map {
            Document.Category(id: $0.id, label: $0.label, description: $0.description, count: counts[$0.id] ?? 0)
        }
        let encoder = SlicedJSONEncoder(jobs: jobs)
        return [
            write(to: guide.paths.json, log: &log) {
                try encoder.encode(records, atKey: "resources", terminator: "\n") { resources in
                    Document(format: "clsm-guide", version: Self.version,
                             site: .init(title: site.config.title, url: site.config.baseURL.description),
                             categories: categories, resources: resources)
                }
            },
            write(to: guide.paths.geoJSON, log: &log) {
                let features = records.map { record in
                    Feature(id: record.entry.id, geometry: record.entry.details.coordinates.map(Point.init), properties: record)
                }
                return try encoder.encode(features, atKey: "features", terminator: "\n", of: FeatureCollection.init)
            },
            OutputFile(path: guide.paths.csv, contents: .text(GuideCSV.text(of: guide.entries))),
            write(to: guide.paths.dataInclusion, log: &log) {
                try DataInclusionExport(guide: guide, baseURL: site.config.baseURL, today: today).text()
            },
        ].compactMap { $0 }
    }

    /// The file at `path`, whose text (with its final line break) `encode` gives.
    private func write(to path: String, log: inout DiagnosticLog, _ encode: () throws -> String) -> OutputFile? {
        do {
            return OutputFile(path: path, contents: .text(try encode()))
        } catch {
            log.error(.cannotWriteExport("/\(path)", error: "\(error)"), at: SourceLocation(file: "site.yml"))
            return nil
        }
    }

    private struct Document: Encodable {
        struct Site: Encodable {
            let title: String
            let url: String
        }

        struct Category: Encodable {
            let id: String
            let label: String
            let description: String?
            let count: Int

            private enum CodingKeys: String, CodingKey { case id, label, description, count }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(label, forKey: .label)
                try container.encode(description, forKey: .description)
                try container.encode(count, forKey: .count)
            }
        }

        let format: String
        let version: Int
        let site: Site
        let categories: [Category]
        let resources: [GuideRecord]
    }

    private struct FeatureCollection: Encodable {
        let type = "FeatureCollection"
        let features: [Feature]
    }

    private struct Feature: Encodable {
        let type = "Feature"
        let id: String
        let geometry: Point?
        let properties: GuideRecord

        private enum CodingKeys: String, CodingKey { case type, id, geometry, properties }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(id, forKey: .id)
            // RFC 7946: an entry without coordinates is a feature whose geometry is null.
            try container.encode(geometry, forKey: .geometry)
            try container.encode(properties, forKey: .properties)
        }
    }

    /// A GeoJSON point: `[longitude, latitude]`, in that order.
    private struct Point: Encodable {
        let type = "Point"
        let coordinates: [Double]

        init(_ coordinates: Coordinates) {
            self.coordinates = [coordinates.longitude, coordinates.latitude]
        }
    }
}
