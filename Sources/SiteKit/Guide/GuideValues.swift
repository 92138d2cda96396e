import FrenchText
import Templates

/// The template values of the guide's entries, categories and links, shared by every guide page.
struct GuideValues {
    /// The guide.
    let guide: Guide
    /// Base URL, typography, "now".
    let environment: RenderEnvironment
    /// The partial an entry's list item is rendered from, once an entry (`item_html`).
    static let itemTemplate = "partials/guide-entry"
    /// Each entry's values by URL path, made once: an entry shows on the home, A–Z, print and several indexes.
    private var entryValues: [String: TemplateValues] = [:]
    /// Each category's values by id, made once: every entry and entry page shows its category.
    private var categoryValues: [String: TemplateValues] = [:]
    /// The links every guide page offers, made once.
    private(set) var links: TemplateValues = [:]
    /// Where entries' list items render.
    private let partials: RenderedPartials

    init(guide: Guide, environment: RenderEnvironment, partials: RenderedPartials, hasMap: Bool, hasPDF: Bool) {
        self.guide = guide
        self.environment = environment
        self.partials = partials
        links = makeLinks()
        links["has_map"] = .bool(hasMap)
        if hasMap { links["map"] = .text(url(guide.paths.map)) }
        links["has_pdf"] = .bool(hasPDF)
        if hasPDF { links["pdf"] = .text(url(guide.paths.pdf)) }
        for category in guide.vocabulary.categories {
            categoryValues[category.id] = values(of: category)
        }
        let maker = self
        let made = ParallelWork.map(count: guide.entries.count, jobs: environment.jobs) { maker.values(of: guide.entries[$0]) }
        entryValues = Dictionary(zip(guide.entries.map(\.urlPath), made)) { first, _ in first }
    }

    private var french: FrenchStyle { environment.french }

    /// The URL of a site-relative path.
    func url(_ path: String) -> String {
        environment.baseURL.sitePath(path)
    }

    /// What lists and the print page show of an entry: title, link, category, contact card, what filtering reads, and
    /// its list item rendered once.
    func entry(_ entry: GuideEntry) -> TemplateValues {
        entryValues[entry.urlPath] ?? values(of: entry)
    }

    /// An entry's values, and its list item that renders them.
    private func values(of entry: GuideEntry) -> TemplateValues {
        var values = itemValues(of: entry)
        values["item_html"] = .deferred(partials.item(Self.itemTemplate, values: values))
        return values
    }

    private func itemValues(of entry: GuideEntry) -> TemplateValues {
        var values: TemplateValues = [
            "title": .text(french.text(entry.title)),
            "url": .text(url(entry.urlPath)),
            "category": .group(category(entry.category)),
            "card": .group(entry.details.templateValues(environment)),
            "filter": [
                "category": .text(entry.category.id),
                "communes": .text(entry.communeSlugs.joined(separator: " ")),
                "publics": .text(GuideAudience.indexed(entry.details.publics).joined(separator: " ")),
                "search": .text(searchText(entry)),
            ],
        ]
        if let description = entry.description { values["description"] = .text(french.text(description)) }
        return values
    }

    /// A page of the guide, its own values and the guide's links under `page.guide`.
    func page(_ urlPath: String, _ title: String, layout: String, parent: String?, description: String? = nil,
              _ own: TemplateValues) -> GeneratedPage {
        var guideValues = own
        guideValues["links"] = .group(links)
        return GeneratedPage(urlPath: urlPath, title: title, layout: layout, description: description,
                             values: ["guide": .group(guideValues)], parentURLPath: parent)
    }

    /// Entries as a list of values.
    func entries(_ entries: [GuideEntry]) -> TemplateValue {
        .groups(entries.map(entry))
    }

    /// A category: id, label, link to its index, description.
    func category(_ category: GuideCategory) -> TemplateValues {
        categoryValues[category.id] ?? values(of: category)
    }

    private func values(of category: GuideCategory) -> TemplateValues {
        var values: TemplateValues = [
            "id": .text(category.id), "label": .text(french.text(category.label)), "url": .text(url(guide.paths.category(category.id))),
        ]
        if let description = category.description { values["description"] = .text(french.text(description)) }
        return values
    }

    /// The links every guide page offers: home, indexes, A–Z, print, data (and the map and the PDF, added when the site has them).
    private func makeLinks() -> TemplateValues {
        let paths = guide.paths
        return [
            "home": .text(url(paths.root)), "categories": .text(url(paths.categories)), "communes": .text(url(paths.communes)),
            "publics": .text(url(paths.publics)), "a_z": .text(url(paths.aToZ)), "print": .text(url(paths.print)),
            "json": .text(url(paths.json)), "geojson": .text(url(paths.geoJSON)),
        ]
    }

    /// Link lists of the indexes: `{title, url, count}` for each category, commune and public that has entries.
    var categoryLinks: TemplateValue {
        .groups(guide.categories.map { item in
            category(item.category).merging([
                "title": .text(french.text(item.category.label)), "count_label": .text(Self.count(item.entries.count)),
            ]) { _, new in new }
        })
    }

    /// The communes, each with how many entries are located in it or serve it.
    var communeLinks: TemplateValue {
        .groups(guide.communes.map { commune in
            ["title": .text(french.text(commune.name)), "id": .text(commune.slug), "url": .text(url(guide.paths.communes + commune.slug + "/")),
             "count_label": .text(Self.count(commune.located.count + commune.served.count))]
        })
    }

    /// The publics, each with its number of entries.
    var audienceLinks: TemplateValue {
        .groups(guide.audiences.map { audience in
            ["title": .text(audience.label), "id": .text(audience.id), "url": .text(url(guide.paths.audience(audience.id))),
             "count_label": .text(Self.count(audience.entries.count))]
        })
    }

    /// « 1 ressource », « 12 ressources ».
    static func count(_ number: Int) -> String {
        number == 1 ? "1 ressource" : "\(number) ressources"
    }

    /// What the search box matches, accents and case folded: title, summary, places, category, access.
    private func searchText(_ entry: GuideEntry) -> String {
        let details = entry.details
        let parts: [String?] = [entry.title, entry.description, details.commune, details.address, details.postalCode,
                                entry.category.label, details.access] + details.sector.map { $0 }
            + details.publics.map { GuideAudience.label($0) }
        return FrenchCollation.key(parts.compactMap { $0 }.joined(separator: " "))
    }
}
