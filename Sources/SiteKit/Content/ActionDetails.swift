import FrenchText
import Templates

/// What an action adds to a page: a project the CLSM runs with partners.
struct ActionDetails: PageDetails, KindValues {
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
            "partners": .texts(partners.map(french.text)), "has_partners": .bool(!partners.isEmpty),
            "publics": .texts(publics.map(french.text)), "has_publics": .bool(!publics.isEmpty),
            "has_facts": .bool(theme != nil || status != nil || since != nil || !partners.isEmpty || !publics.isEmpty),
        ]
        if let theme { values["theme"] = .text(french.text(Self.capitalized(theme))) }
        if let status {
            values["status"] = [
                "id": .text(status.rawValue),
                "is_planned": .bool(status == .planned), "is_ongoing": .bool(status == .ongoing), "is_done": .bool(status == .done),
            ]
        }
        switch since {
        case .year(let year): values["since"] = ["iso": .text(String(year)), "text": .text(String(year))]
        case .day(let day): values["since"] = ["iso": .text(day.description), "text": .text(FrenchDate.long(day))]
        case nil: break
        }
        return values
    }

    /// `logement` → `Logement`; `SISM` stays.
    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
