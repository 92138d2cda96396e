import FrenchText

/// Where the guide's pages and files are, relative to the site's base: `guide/`, `guide/categories/gem/`…
public struct GuidePaths: Sendable, Equatable {
    /// The guide's folder URL path (`guide/`).
    public let root: String

    /// The paths of the guide whose entries live in the content folder `folder`.
    init(folder: String) {
        let slug = Slug.make(from: folder)
        root = (slug.isEmpty ? "guide" : slug) + "/"
    }

    /// The guide of a site: the `guide/` folder, or the first folder a site maps to resources.
    init(config: SiteConfig) {
        self.init(folder: Self.contentFolder(of: config))
    }

    /// The content folder of a site's guide: `guide`, unless the site maps another folder only to resources.
    static func contentFolder(of config: SiteConfig) -> String {
        if config.sections["guide"] == .resource { return "guide" }
        return config.sections.filter { $0.value == .resource }.keys.sorted().first ?? "guide"
    }

    /// The list of categories.
    var categories: String { root + "categories/" }
    /// The list of communes.
    var communes: String { root + "communes/" }
    /// The list of publics.
    var publics: String { root + "publics/" }
    /// Every entry in alphabetical order.
    var aToZ: String { root + "a-z/" }
    /// The whole guide on one print-ready page.
    var print: String { root + "imprimer/" }
    /// The map of the entries that have coordinates.
    var map: String { root + "carte/" }
    /// The print page as a PDF.
    var pdf: String { root + "guide-des-ressources.pdf" }
    /// The entries as JSON.
    var json: String { root + "ressources.json" }
    /// The entries as GeoJSON.
    var geoJSON: String { root + "ressources.geojson" }
    /// The entries as CSV, in the columns `clsm import` reads.
    var csv: String { root + "ressources.csv" }
    /// The entries in the data·inclusion schema.
    var dataInclusion: String { root + "ressources-data-inclusion.json" }

    /// The index of one category.
    func category(_ id: String) -> String { categories + id + "/" }
    /// The index of one commune, named as the editor wrote it.
    func commune(_ name: String) -> String { communes + Self.communeSlug(name) + "/" }
    /// The index of one public.
    func audience(_ id: String) -> String { publics + id + "/" }

    /// The URL segment of a commune: `Montigny-lès-Metz` → `montigny-les-metz`.
    static func communeSlug(_ name: String) -> String {
        let slug = Slug.make(from: name)
        return slug.isEmpty ? "commune" : slug
    }
}
