import FrenchText
import Templates

/// The keys of a guide entry (`content/guide/*.md`), checked: what the contact card, the indexes and the exports show.
struct ResourceDetails: PageDetails, KindValues {
    /// The category id, where it was written (checked against the vocabulary by the guide, which knows the theme).
    let category: Located<String>
    /// The commune the entry is located in.
    let commune: String
    /// Street address.
    let address: String?
    /// Five digits.
    let postalCode: String?
    /// The phone number, validated.
    let phone: FrenchPhone?
    /// E-mail address.
    let email: String?
    /// An http(s) URL.
    let website: String?
    /// Free text or OpenStreetMap opening hours, as written.
    let hours: String?
    /// The rules of `hours` when it is in the OpenStreetMap subset, read once; nil for free text or no hours.
    let openingRules: [OpeningRule]?
    /// Ids of `GuideAudience`.
    let publics: [String]
    /// Youngest age welcomed.
    let ageMin: Int?
    /// Oldest age welcomed.
    let ageMax: Int?
    /// How to get in (« sur rendez-vous »), free text.
    let access: String?
    /// What it costs.
    let cost: ResourceCost?
    /// The communes it serves, as written.
    let sector: [String]
    /// Where it is.
    let coordinates: Coordinates?
    /// True to list it under « En cas d'urgence ».
    let isEmergency: Bool
    /// The day the entry was last checked (`updated:`), where it was written.
    let lastChecked: Located<CalendarDate>?
    /// Where the guide's indexes are.
    let paths: GuidePaths

    func templateValues(_ environment: RenderEnvironment) -> TemplateValues {
        let french = environment.french
        let base = environment.baseURL
        var values: TemplateValues = [
            "category": .text(category.value),
            "commune": ["name": .text(french.text(commune)), "url": .text(base.sitePath(paths.commune(commune)))],
            "publics": .groups(publics.map { id -> TemplateValues in
                // `has_index` is given either way: a missing key would make Mustache look it up in the enclosing values.
                var audience: TemplateValues = [
                    "id": .text(id), "label": .text(GuideAudience.label(id)), "has_index": .bool(id != GuideAudience.everyone),
                ]
                if id != GuideAudience.everyone { audience["url"] = .text(base.sitePath(paths.audience(id))) }
                return audience
            }),
            "has_publics": .bool(!publics.isEmpty),
            "sector": .groups(sector.map { ["name": .text(french.text($0)), "url": .text(base.sitePath(paths.commune($0)))] }),
            "has_sector": .bool(!sector.isEmpty),
            "is_emergency": .bool(isEmergency),
        ]
        if let address { values["address"] = .text(french.text(address)) }
        if let postalCode { values["postal_code"] = .text(postalCode) }
        if let phone { values["phone"] = ["display": .text(phone.display), "tel": .text(phone.telURI)] }
        if let email { values["email"] = .text(email) }
        if let website { values["website"] = ["url": .text(website), "display": .text(Self.shortURL(website))] }
        if let hours {
            let lines = OpeningHours.french(hours, rules: openingRules) ?? [hours]
            values["hours"] = ["lines": .texts(lines.map(french.text))]
        }
        if let ages = agesText { values["ages"] = .text(ages) }
        if let access { values["access"] = .text(french.text(access)) }
        if let cost { values["cost"] = ["id": .text(cost.rawValue), "label": .text(cost.label)] }
        if let coordinates {
            values["coordinates"] = ["lat": .text(String(coordinates.latitude)), "lon": .text(String(coordinates.longitude)),
                                     "osm_url": .text(coordinates.openStreetMapURL)]
        }
        let today = ZonedTime.calendarDate(of: environment.now, in: environment.timeZone)
        if case .stale = ResourceFreshness(checked: lastChecked?.value, today: today) { values["is_stale"] = true }
        return values
    }

    /// « de 12 à 25 ans », « à partir de 18 ans », « jusqu'à 17 ans ».
    var agesText: String? {
        switch (ageMin, ageMax) {
        case let (low?, high?) where low > 0: return "de \(low) à \(high) ans"
        case let (_, high?): return "jusqu’à \(high) ans"
        case let (low?, nil) where low > 0: return "à partir de \(low) ans"
        default: return nil
        }
    }

    /// `https://www.ch-jury.fr/` → `www.ch-jury.fr`, for the text of a link.
    static func shortURL(_ url: String) -> String {
        var text = Substring(url)
        if let scheme = ["https://", "http://"].first(where: { url.lowercased().hasPrefix($0) }) {
            text = text.dropFirst(scheme.count)
        }
        return String(text.hasSuffix("/") ? text.dropLast() : text)
    }
}
