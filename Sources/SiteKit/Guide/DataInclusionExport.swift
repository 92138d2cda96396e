import FrenchText
import Foundation

/// The guide in the data·inclusion schema (v1) of the GIP Plateforme de l'inclusion: `{"structures": […],
/// "services": […]}`, one structure and one service per entry. The tables are documented in docs/guide-data.md.
struct DataInclusionExport {
    /// The data·inclusion thematics of each category of the theme; a category a site adds is `sante--sante-mentale`.
    static let thematics: [String: [String]] = [
        "cmp-adultes": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "cmp-enfants": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "cmpp": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "cattp": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "hopital-de-jour": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "urgences": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "equipe-mobile": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "bapu": ["sante--acces-aux-soins", "sante--sante-mentale"],
        "maison-des-adolescents": ["famille--soutien-a-la-parentalite-et-a-leducation", "sante--sante-mentale"],
        "addictologie": ["sante--addictions"],
        "gem": ["sante--sante-mentale"], "association-usagers": ["sante--sante-mentale"], "ecoute": ["sante--sante-mentale"],
        "logement": ["logement-hebergement--se-maintenir-dans-le-logement",
                     "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement"],
        "social": ["difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"],
        "autre": ["sante--sante-mentale"],
    ]

    /// The data·inclusion public of each public of the guide; `adultes` has none (the schema has no such public).
    static let publics: [String: String] = [
        "tous": "tous-publics", "familles": "familles", "enfants": "familles", "adolescents": "jeunes", "seniors": "seniors",
    ]

    /// The guide.
    let guide: Guide
    /// Its site's base URL: the producer's name (`source`) is its host, and `lien_source` the entry's page.
    let baseURL: BaseURL
    /// The build's day: `date_maj` of an entry that gives no `updated`.
    let today: CalendarDate

    /// The file's text, keys sorted.
    func text() -> String {
        let source = baseURL.origin.components(separatedBy: "://").last ?? baseURL.origin
        // Each entry's objects are made as they are written, not held as trees for the whole guide.
        let entries = guide.entries
        let structures = JSONTree.items(count: entries.count) { .object(structure(of: entries[$0], source: source)) }
        let services = JSONTree.items(count: entries.count) { .object(service(of: entries[$0], source: source)) }
        return JSONText.of(["structures": structures, "services": services], .compact) + "\n"
    }

    /// What a structure and its service share: where, how to reach it, when.
    private func common(of entry: GuideEntry, source: String) -> [String: JSONTree] {
        let details = entry.details
        var object: [String: JSONTree] = [
            "source": .string(source), "id": .string(source + "--" + entry.id), "nom": .string(Self.name(entry.title)),
            "date_maj": .string((details.lastChecked?.value ?? today).description),
            "lien_source": .string(baseURL.absolute(entry.urlPath)), "commune": .string(details.commune),
        ]
        if let postalCode = details.postalCode { object["code_postal"] = .string(postalCode) }
        if let address = details.address { object["adresse"] = .string(address) }
        if let point = details.coordinates {
            object["latitude"] = .double(point.latitude)
            object["longitude"] = .double(point.longitude)
        }
        if let phone = details.phone { object["telephone"] = .string(String(phone.telURI.dropFirst("tel:".count))) }
        if let email = details.email { object["courriel"] = .string(email) }
        // The schema reads OpenStreetMap syntax only: free text is left out.
        if let hours = details.hours, details.openingRules != nil { object["horaires_accueil"] = .string(hours.trimmingSpaces) }
        return object
    }

    private func structure(of entry: GuideEntry, source: String) -> [String: JSONTree] {
        var object = common(of: entry, source: source)
        if let description = entry.description, description.count >= 5 { object["description"] = .string(description) }
        if let website = entry.details.website { object["site_web"] = .string(website) }
        return object
    }

    private func service(of entry: GuideEntry, source: String) -> [String: JSONTree] {
        let details = entry.details
        var object = common(of: entry, source: source)
        object["structure_id"] = object["id"]
        let fallback = entry.category.label + " à " + details.commune + "."
        object["description"] = .string(entry.description.flatMap { $0.count >= 5 ? $0 : nil } ?? fallback)
        object["thematiques"] = .strings(Self.thematics[entry.category.id] ?? ["sante--sante-mentale"])
        switch details.cost {
        case .free?: object["frais"] = "gratuit"
        case .paid?: object["frais"] = "payant"
        case .membership?:
            object["frais"] = "payant"
            object["frais_precisions"] = "Adhésion"
        case .conditional?: object["frais_precisions"] = "Gratuit ou pris en charge sous conditions"
        case nil: break
        }
        let mapped = Set(details.publics.compactMap { Self.publics[$0] })
        if !mapped.isEmpty { object["publics"] = .strings(mapped.contains("tous-publics") ? ["tous-publics"] : mapped.sorted()) }
        if let ages = Self.ages(details) { object["publics_precisions"] = .string(ages) }
        if let access = details.access { object["conditions_acces"] = .string(access) }
        object["modes_accueil"] = details.address == nil && details.phone != nil ? ["a-distance"] : ["en-presentiel"]
        var modes: [String] = []
        if details.email != nil { modes.append("envoyer-un-courriel") }
        if details.address != nil { modes.append("se-presenter") }
        if details.phone != nil { modes.append("telephoner") }
        if !modes.isEmpty {
            object["modes_mobilisation"] = .strings(modes)
            object["mobilisable_par"] = ["professionnels", "usagers"]
        }
        return object
    }

    /// The title within the schema's 3 to 150 characters.
    private static func name(_ title: String) -> String {
        title.count > 150 ? String(title.prefix(149)) + "…" : title.count < 3 ? title + " (CLSM)" : title
    }

    /// « De 12 à 25 ans », « À partir de 60 ans », « Jusqu'à 17 ans ».
    private static func ages(_ details: ResourceDetails) -> String? {
        switch (details.ageMin, details.ageMax) {
        case let (min?, max?): return "De \(min) à \(max) ans"
        case let (min?, nil): return "À partir de \(min) ans"
        case let (nil, max?): return "Jusqu'à \(max) ans"
        case (nil, nil): return nil
        }
    }
}
