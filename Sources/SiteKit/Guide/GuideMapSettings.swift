import Foundation
import Templates

/// The map of the guide (`guide.map` in site.yml): where its background tiles come from, shown only once a visitor
/// asks for them.
public struct GuideMapSettings: Sendable, Equatable {
    /// The tiles' URL template, with `{z}`, `{x}` and `{y}` (and optionally `{s}`).
    public var tiles: String
    /// Who made the tiles and the map data, shown on the map.
    public var attribution: String
    /// Where the attribution links to.
    public var attributionURL: String?
    /// The tile server's name, said on the button that loads them (« fond OpenStreetMap »).
    public var provider: String
    /// Where `map:` was written: errors about the map's libraries point there.
    public var location: SourceLocation

    /// OpenStreetMap France's public tile server, whose terms ask for this attribution.
    static let defaultTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    static let defaultAttribution = "© les contributrices et contributeurs d’OpenStreetMap"
    static let defaultAttributionURL = "https://www.openstreetmap.org/copyright"
    static let defaultProvider = "OpenStreetMap"

    /// The host the tiles are requested from (`tile.openstreetmap.org`).
    public var host: String {
        let rest = tiles.split(separator: "://", maxSplits: 1).last.map(String.init) ?? tiles
        return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    /// The map settings of `guide` (the block of site.yml), nil when the map is off; mistakes are recorded in `log`.
    ///
    /// `map: true` shows the map with OpenStreetMap's tiles; a group of keys (`tiles`, `attribution`,
    /// `attribution_url`, `provider`) names another tile server.
    static func read(guide: YAMLNode?, log: inout DiagnosticLog) -> GuideMapSettings? {
        guard let entries = guide?.entries, let entry = entries.first(where: { $0.key == "map" && !$0.value.isNull }) else { return nil }
        var settings = GuideMapSettings(tiles: defaultTiles, attribution: defaultAttribution, attributionURL: defaultAttributionURL,
                                        provider: defaultProvider, location: entry.keyLocation)
        if case .scalar = entry.value.value {
            var fields = FieldReader(entries, at: entry.keyLocation)
            return fields.bool("map", log: &log) == true ? settings : nil
        }
        guard let mapEntries = entry.value.entries else {
            log.error(.mapSetting(is: entry.value.kindDescription),
                      at: entry.keyLocation)
            return nil
        }
        var fields = FieldReader(mapEntries, at: entry.keyLocation)
        let tiles = fields.text("tiles", log: &log)
        let attribution = fields.text("attribution", log: &log)
        let attributionURL = fields.webAddress("attribution_url", log: &log)
        let provider = fields.text("provider", log: &log)
        fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "le groupe `guide.map`", en: "`guide.map`"))
        if let tiles {
            guard isTileTemplate(tiles.value) else {
                log.error(.badTiles(tiles.value, example: defaultTiles),
                          at: tiles.location)
                return nil
            }
            // Another server has its own terms: its attribution must be written.
            guard attribution != nil else {
                log.error(.tilesWithoutAttribution(),
                          at: tiles.location)
                return nil
            }
            settings.tiles = tiles.value
            settings.attributionURL = nil
        }
        if let attribution, !attribution.value.isEmpty { settings.attribution = attribution.value }
        if let attributionURL { settings.attributionURL = attributionURL.value }
        if let provider, !provider.value.isEmpty { settings.provider = provider.value }
        return settings
    }

    /// `tiles` of a page with a map: `url`, `attribution`, `attribution_url`, `provider`, `host`.
    var templateValues: TemplateValues {
        var tiles: TemplateValues = [
            "url": .text(tiles), "attribution": .text(attribution), "provider": .text(provider), "host": .text(host),
        ]
        if let attributionURL { tiles["attribution_url"] = .text(attributionURL) }
        return tiles
    }

    /// An http(s) address whose path holds `{z}`, `{x}` and `{y}`: what Leaflet fills in for each tile.
    static func isTileTemplate(_ text: String) -> Bool {
        let filled = text.replacingOccurrences(of: "{z}", with: "0").replacingOccurrences(of: "{x}", with: "0")
            .replacingOccurrences(of: "{y}", with: "0").replacingOccurrences(of: "{s}", with: "a")
            .replacingOccurrences(of: "{r}", with: "")
        return ["{z}", "{x}", "{y}"].allSatisfy(text.contains) && WebAddress.isValid(filled) && !filled.contains("{")
    }
}
