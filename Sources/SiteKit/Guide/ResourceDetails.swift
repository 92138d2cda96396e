import FrenchText

/// The keys of a guide entry (`content/guide/*.md`), checked: what the contact card, the indexes and the exports show.
struct ResourceDetails: PageDetails {
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
            "category": category.value,
            "commune": ["name": french.text(commune), "url": base.sitePath(paths.commune(commune))],
            "publics": publics.map { id -> TemplateValues in
                // `has_index` is given either way: a missing key would make Mustache look it up in the enclosing values.
                var audience: TemplateValues = ["id": id, "label": GuideAudience.label(id), "has_index": id != GuideAudience.everyone]
                if id != GuideAudience.everyone { audience["url"] = base.sitePath(paths.audience(id)) }
                return audience
            },
            "has_publics": !publics.isEmpty,
            "sector": sector.map { ["name": french.text($0), "url": base.sitePath(paths.commune($0))] },
            "has_sector": !sector.isEmpty,
            "is_emergency": isEmergency,
        ]
        if let address { values["address"] = french.text(address) }
        if let postalCode { values["postal_code"] = postalCode }
        if let phone { values["phone"] = ["display": phone.display, "tel": phone.telURI] }
        if let email { values["email"] = email }
        if let website { values["website"] = ["url": website, "display": Self.shortURL(website)] }
        if let hours {
            let lines = OpeningHours.french(hours) ?? [hours]
            values["hours"] = ["lines": lines.map(french.text)]
        }
        if let ages = agesText { values["ages"] = ages }
        if let access { values["access"] = french.text(access) }
        if let cost { values["cost"] = ["id": cost.rawValue, "label": cost.label] }
        if let coordinates {
            values["coordinates"] = ["lat": String(coordinates.latitude), "lon": String(coordinates.longitude),
                                     "osm_url": coordinates.openStreetMapURL]
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
