import FrenchText
import Templates

/// « Carte des ressources »: the entries grouped by commune, a list that the theme's script turns into a map once the
/// visitor has agreed to load its background tiles.
struct GuideMapPage {
    /// The shared values.
    let values: GuideValues
    /// The tile server.
    let settings: GuideMapSettings

    /// The page.
    var page: GeneratedPage {
        let guide = values.guide
        let french = values.environment.french
        let communes = guide.communes.filter { !$0.located.isEmpty }.map { commune -> TemplateValues in
            ["name": .text(french.text(commune.name)), "id": .text(commune.slug), "entries": values.entries(commune.located)]
        }
        let placed = guide.entries.filter { $0.details.coordinates != nil }.count
        return values.page(guide.paths.map, "Carte des ressources", layout: "guide-map", parent: guide.paths.root, [
            "tiles": .group(settings.templateValues), "map_communes": .groups(communes), "has_entries": .bool(!guide.entries.isEmpty),
            "categories": values.categoryLinks, "communes": values.communeLinks, "publics": values.audienceLinks,
            "count_label": .text(GuideValues.count(guide.entries.count)),
            "placed_label": .text(french.text(placed == 1 ? "1 ressource a une position sur la carte" : "\(placed) ressources ont une position sur la carte")),
        ])
    }
}
