import FrenchText
import Templates

/// The pages of the guide: its home, the indexes by category, commune and public, A–Z, the print page,
/// and for each entry the values its own page adds (category, related entries).
struct GuidePages {
    /// The guide.
    let guide: Guide
    /// The shared values.
    let values: GuideValues
    /// The map's tile server; nil when the site shows no map.
    let map: GuideMapSettings?

    /// Every page, the entries' values included.
    var all: [GeneratedPage] {
        [home, categoryList, communeList, audienceList, aToZ, GuidePrintPage(values: values).page]
            + (map.map { [GuideMapPage(values: values, settings: $0).page] } ?? [])
            + categoryPages + communePages + audiencePages + entryPages
    }

    private var paths: GuidePaths { guide.paths }

    private func page(_ urlPath: String, _ title: String, layout: String, parent: String?, description: String? = nil,
                      _ own: TemplateValues) -> GeneratedPage {
        values.page(urlPath, title, layout: layout, parent: parent, description: description, own)
    }

    private var home: GeneratedPage {
        let emergency = guide.entries.filter(\.details.isEmergency)
        return page(paths.root, "Guide des ressources", layout: "guide-home", parent: "", [
            "entries": values.entries(guide.entries), "count_label": .text(GuideValues.count(guide.entries.count)),
            "has_entries": .bool(!guide.entries.isEmpty),
            "emergency": values.entries(emergency), "has_emergency": .bool(!emergency.isEmpty),
            "categories": values.categoryLinks, "communes": values.communeLinks, "publics": values.audienceLinks,
        ])
    }

    private var categoryList: GeneratedPage {
        page(paths.categories, "Le guide par catégorie", layout: "guide-links", parent: paths.root, ["items": values.categoryLinks])
    }

    private var communeList: GeneratedPage {
        page(paths.communes, "Le guide par commune", layout: "guide-links", parent: paths.root, ["items": values.communeLinks])
    }

    private var audienceList: GeneratedPage {
        page(paths.publics, "Le guide par public", layout: "guide-links", parent: paths.root, ["items": values.audienceLinks])
    }

    private var categoryPages: [GeneratedPage] {
        guide.categories.map { item in
            page(paths.category(item.category.id), item.category.label, layout: "guide-list", parent: paths.categories,
                 description: item.category.description,
                 ["category": .group(values.category(item.category)), "groups": [.group(group(item.entries))]])
        }
    }

    private var communePages: [GeneratedPage] {
        guide.communes.map { commune in
            let place = Self.place(commune.name)
            var groups: [TemplateValues] = []
            var own: TemplateValues = ["commune": .text(commune.name)]
            if !commune.located.isEmpty {
                var located = group(commune.located, title: "Situées \(place)", id: "situees")
                // The same map as the guide's, of the entries located in the commune only.
                if let map, commune.located.contains(where: { $0.details.coordinates != nil }) {
                    located["has_map"] = true
                    own["tiles"] = .group(map.templateValues)
                }
                groups.append(located)
            }
            if !commune.served.isEmpty {
                groups.append(group(commune.served, title: "Qui interviennent aussi \(place)", id: "secteur",
                                    note: "Situées dans une autre commune, ces structures comptent \(commune.name) dans leur secteur."))
            }
            own["groups"] = .groups(groups)
            return page(paths.communes + commune.slug + "/", "Ressources \(place)", layout: "guide-list", parent: paths.communes, own)
        }
    }

    private var audiencePages: [GeneratedPage] {
        guide.audiences.map { audience in
            page(paths.audience(audience.id), audience.title, layout: "guide-list", parent: paths.publics,
                 ["audience": .text(audience.id), "groups": [.group(group(audience.entries))]])
        }
    }

    private var aToZ: GeneratedPage {
        var letters: [(letter: String, entries: [GuideEntry])] = []
        for entry in guide.entries {
            let letter = Self.letter(of: entry)
            if letters.last?.letter == letter { letters[letters.count - 1].entries.append(entry) } else { letters.append((letter, [entry])) }
        }
        let groups = letters.map { group($0.entries, title: $0.letter, id: "lettre-" + Slug.make(from: $0.letter)) }
        return page(paths.aToZ, "Le guide de A à Z", layout: "guide-list", parent: paths.root,
                    ["groups": .groups(groups), "is_a_z": true])
    }

    /// For each entry, what its own page adds: its category, and some other entries of that category in its commune.
    private var entryPages: [GeneratedPage] {
        let base = values.environment.baseURL
        return guide.entries.map { entry in
            let related = guide.related(to: entry)
            var generated = page(entry.urlPath, entry.title, layout: "resource", parent: paths.root, [
                "category": .group(values.category(entry.category)), "related": values.entries(related.entries),
                "has_related": .bool(!related.entries.isEmpty), "has_more_related": .bool(related.hasMore),
                "related_title": .text(values.environment.french.text("Dans la même catégorie \(Self.place(entry.details.commune))")),
                "json_ld": .deferred(ResourceJSONLDText(entry: entry, baseURL: base)),
            ])
            // The entry's card, made once for the lists, is its own page's `resource` values too.
            generated.values[ContentKind.resource.rawValue] = values.entry(entry)["card"]
            return generated
        }
    }

    /// A titled list of entries; by default titled with its count.
    private func group(_ entries: [GuideEntry], title: String? = nil, id: String = "ressources", note: String? = nil) -> TemplateValues {
        let french = values.environment.french
        var group: TemplateValues = ["entries": values.entries(entries), "id": .text(id),
                                     "title": .text(french.text(title ?? GuideValues.count(entries.count)))]
        if let note { group["note"] = .text(french.text(note)) }
        return group
    }

    /// « à Metz », « au Ban-Saint-Martin », « aux Mureaux ».
    static func place(_ commune: String) -> String {
        if commune.hasPrefix("Le ") { return "au " + commune.dropFirst(3) }
        if commune.hasPrefix("Les ") { return "aux " + commune.dropFirst(4) }
        return "à " + commune
    }

    /// The heading an entry files under in the A–Z list: its first letter without accent, `0–9` for a digit.
    static func letter(of entry: GuideEntry) -> String {
        guard let first = entry.sortKey.first else { return "#" }
        if first.isNumber { return "0–9" }
        return first.isASCII && first.isLetter ? first.uppercased() : "#"
    }
}
