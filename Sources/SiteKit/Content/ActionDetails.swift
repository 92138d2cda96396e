import FrenchText

/// What an action adds to a page: a project the CLSM runs with partners.
struct ActionDetails: PageDetails {
    /// Where a project stands.
    enum Status: String, CaseIterable {
        case planned, ongoing, done
    }

    /// When a project started: a year, or a day.
    enum Since: Equatable {
        case year(Int)
        case day(CalendarDate)
    }

    /// Its theme (sensibilisation, logement, SISM…), free text.
    let theme: String?
    /// Where it stands.
    let status: Status?
    /// When it started.
    let since: Since?
    /// The bodies it is run with.
    let partners: [String]
    /// Who it is for.
    let publics: [String]

    /// `page.action`: `theme`, `status.is_planned`/`is_ongoing`/`is_done`, `since.iso`/`text`, `partners`, `publics`, `has_…`.
    func templateValues(_ environment: RenderEnvironment) -> TemplateValues {
        let french = environment.french
        var values: TemplateValues = [
            "partners": partners.map(french.text), "has_partners": !partners.isEmpty,
            "publics": publics.map(french.text), "has_publics": !publics.isEmpty,
            "has_facts": theme != nil || status != nil || since != nil || !partners.isEmpty || !publics.isEmpty,
        ]
        if let theme { values["theme"] = french.text(Self.capitalized(theme)) }
        if let status {
            let statusValues: TemplateValues = [
                "id": status.rawValue,
                "is_planned": status == .planned, "is_ongoing": status == .ongoing, "is_done": status == .done,
            ]
            values["status"] = statusValues
        }
        switch since {
        case .year(let year): values["since"] = ["iso": String(year), "text": String(year)] as TemplateValues
        case .day(let day): values["since"] = ["iso": day.description, "text": FrenchDate.long(day)] as TemplateValues
        case nil: break
        }
        return values
    }

    /// `logement` → `Logement`; `SISM` stays.
    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
