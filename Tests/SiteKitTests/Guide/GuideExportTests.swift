import Foundation
import SiteKit
import Testing

/// The JSON and GeoJSON of the fixture guide, read back by Foundation's JSON parser.
@Suite struct GuideExportTests {
    static let recordKeys: Set<String> = [
        "id", "url", "title", "description", "category", "category_label", "commune", "address", "postal_code", "phone",
        "phone_uri", "email", "website", "hours", "publics", "age_min", "age_max", "access", "cost", "sector", "lat", "lon",
        "emergency", "updated",
    ]
    static let entryIDs: Set<String> = [
        "cmp-montigny", "ecole-des-parents", "ecoute-3114", "entraide-familles", "equipe-mobile", "gem-le-phare", "gem-oeuvre",
        "sport", "urgences",
    ]

    private func parsed(_ path: String) throws -> [String: Any] {
        let (files, log) = Fixtures.render(siteAt: Fixtures.root + "/sites/guide")
        #expect(log.sorted.map { $0.line(in: .english) } == [])
        let file = try #require(files?.first { $0.path == path })
        guard let text = file.contents.text else { throw ExportError.notText }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private enum ExportError: Error { case notText }

    @Test func theJSONHoldsEveryPublishedEntryOnceWithEveryKey() throws {
        let json = try parsed("guide/ressources.json")
        #expect(json["format"] as? String == "clsm-guide")
        #expect(json["version"] as? Int == 1)
        let resources = try #require(json["resources"] as? [[String: Any]])
        let titles = resources.compactMap { $0["title"] as? String }
        #expect(titles.first == "3114 – prévention du suicide")
        #expect(titles.last == "« Urgences » du Centre hospitalier")
        #expect(Set(resources.compactMap { $0["id"] as? String }) == Self.entryIDs)
        #expect(resources.count == Self.entryIDs.count)
        for record in resources {
            #expect(Set(record.keys) == Self.recordKeys)
        }
        let cmp = try #require(resources.first { $0["id"] as? String == "cmp-montigny" })
        #expect(cmp["url"] as? String == "https://example.org/clsm/guide/cmp-montigny/")
        #expect(cmp["phone"] as? String == "03 87 56 27 68")
        #expect(cmp["phone_uri"] as? String == "tel:+33387562768")
        #expect(cmp["sector"] as? [String] == ["Montigny-lès-Metz", "Le Ban-Saint-Martin", "Augny"])
        #expect(cmp["lat"] as? Double == 49.0975)
        #expect(cmp["updated"] as? String == "2025-06-01")
        let sport = try #require(resources.first { $0["id"] as? String == "sport" })
        #expect(sport["category_label"] as? String == "Sport et santé mentale")
        #expect(sport["lat"] is NSNull)
    }

    @Test func theGeoJSONHasOneFeatureAnEntryWithLongitudeFirst() throws {
        let geo = try parsed("guide/ressources.geojson")
        #expect(geo["type"] as? String == "FeatureCollection")
        let features = try #require(geo["features"] as? [[String: Any]])
        #expect(Set(features.compactMap { $0["id"] as? String }) == Self.entryIDs)
        #expect(features.count == Self.entryIDs.count)
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Self.recordKeys)
            if let lat = properties["lat"] as? Double, let lon = properties["lon"] as? Double {
                let geometry = try #require(feature["geometry"] as? [String: Any])
                #expect(geometry["type"] as? String == "Point")
                #expect(geometry["coordinates"] as? [Double] == [lon, lat])
            } else {
                #expect(feature["geometry"] is NSNull)
            }
        }
    }
}
