import Templates

/// The schema.org data of a guide entry's page: a type chosen by its category (the table is in docs/guide-data.md),
/// its address, point, telephone and opening hours.
enum ResourceJSONLD {
    /// The schema.org type of each category of the theme; a category a site adds is an `Organization`.
    static let types: [String: String] = [
        "cmp-adultes": "MedicalClinic", "cmp-enfants": "MedicalClinic", "cmpp": "MedicalClinic", "cattp": "MedicalClinic",
        "bapu": "MedicalClinic", "addictologie": "MedicalClinic", "maison-des-adolescents": "MedicalClinic",
        "hopital-de-jour": "Hospital", "urgences": "Hospital", "equipe-mobile": "MedicalOrganization",
        "gem": "NGO", "association-usagers": "NGO", "logement": "NGO", "ecoute": "Organization",
        "social": "GovernmentOffice", "autre": "Organization",
    ]

    /// The types that are places: they carry their point and hours themselves; the others through `location`.
    static let placeTypes: Set<String> = ["MedicalClinic", "Hospital", "GovernmentOffice"]

    /// The day names of schema.org, Monday first.
    private static let dayURIs = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        .map { "https://schema.org/" + $0 }

    /// The JSON text (`JSONLDScript`).
    static func json(for entry: GuideEntry, baseURL: BaseURL) -> String {
        JSONLDScript.text(.object(object(for: entry, baseURL: baseURL)))
    }

    static func object(for entry: GuideEntry, baseURL: BaseURL) -> [String: JSONTree] {
        let details = entry.details
        let type = types[entry.category.id] ?? "Organization"
        var object: [String: JSONTree] = [
            "@context": "https://schema.org",
            "@type": .string(type),
            "@id": .string(baseURL.absolute(entry.urlPath)),
            "url": .string(baseURL.absolute(entry.urlPath)),
            "name": .string(entry.title),
        ]
        var address: [String: JSONTree] = ["@type": "PostalAddress", "addressLocality": .string(details.commune), "addressCountry": "FR"]
        if let street = details.address { address["streetAddress"] = .string(street) }
        if let postalCode = details.postalCode { address["postalCode"] = .string(postalCode) }
        object["address"] = .object(address)
        if let description = entry.description { object["description"] = .string(description) }
        // The number of the `tel:` link: international for a full number, as dialled for a short one.
        if let phone = details.phone { object["telephone"] = .string(String(phone.telURI.dropFirst("tel:".count))) }
        if let email = details.email { object["email"] = .string(email) }
        if let website = details.website { object["sameAs"] = .string(website) }
        if !details.sector.isEmpty { object["areaServed"] = .list(details.sector.map { ["@type": "City", "name": .string($0)] }) }
        var place: [String: JSONTree] = [:]
        if let point = details.coordinates {
            place["geo"] = ["@type": "GeoCoordinates", "latitude": .double(point.latitude), "longitude": .double(point.longitude)]
        }
        if let rules = details.openingRules {
            place["openingHoursSpecification"] = .list(specifications(rules))
        }
        if placeTypes.contains(type) {
            object.merge(place) { own, _ in own }
        } else if !place.isEmpty {
            place["@type"] = "Place"
            place["address"] = .object(address)
            object["location"] = .object(place)
        }
        return object
    }

    /// One `OpeningHoursSpecification` per span of the days that share the same spans, in the order of their first
    /// day; a day closed by `off` opens and closes at midnight, as schema.org says a closed day.
    static func specifications(_ rules: [OpeningRule]) -> [JSONTree] {
        let week = OpeningRule.week(rules)
        var groups: [(spans: [OpeningRule.Span], days: [String])] = []
        for (day, spans) in week.enumerated() {
            guard let spans else { continue }
            if let index = groups.firstIndex(where: { $0.spans == spans }) {
                groups[index].days.append(dayURIs[day])
            } else {
                groups.append((spans, [dayURIs[day]]))
            }
        }
        if let holidays = rules.last(where: { $0.days == .publicHolidays }) {
            groups.append((holidays.spans, ["https://schema.org/PublicHolidays"]))
        }
        return groups.flatMap { group -> [JSONTree] in
            let spans = group.spans.isEmpty ? [nil] : group.spans.map(Optional.some)
            return spans.map { span in
                [
                    "@type": "OpeningHoursSpecification", "dayOfWeek": .strings(group.days),
                    "opens": .string(span.map { $0.start.description } ?? "00:00"),
                    // schema.org has no 24:00: a span to midnight closes at 23:59.
                    "closes": .string(span.map { $0.end?.description ?? "23:59" } ?? "00:00"),
                ]
            }
        }
    }
}

/// An entry's JSON-LD, made when its page is rendered (`page.guide.json_ld`): made for every entry before the pages,
/// they stood in memory together, 10 MB at 10,000 entries.
final class ResourceJSONLDText: DeferredText {
    /// The entry.
    let entry: GuideEntry
    /// The site's base URL.
    let baseURL: BaseURL

    init(entry: GuideEntry, baseURL: BaseURL) {
        self.entry = entry
        self.baseURL = baseURL
    }

    /// Made again at each use, the same each time: an entry's page is rendered once.
    var text: String { ResourceJSONLD.json(for: entry, baseURL: baseURL) }
}
