import FrenchText
import Templates

/// The carrier's « schéma pluriannuel de mise en accessibilité » (RGAA): `accessibility.plan` of site.yml, the years it
/// covers, the actions planned for each, and who is in charge of carrying them out.
public struct AccessibilityPlan: Sendable {
    /// One year of the plan and its actions (the yearly action plan).
    public struct Year: Sendable {
        /// The year (`2026`).
        public let year: Int
        /// What will be done that year, in the order written.
        public let actions: [String]
    }

    /// Who is in charge of the plan (a function or a department rather than a person's name).
    public let responsible: String
    /// The years, in order.
    public let years: [Year]

    /// Reads `plan` inside the `accessibility` block; nil (with errors in `log`) when it is absent or faulty.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> AccessibilityPlan? {
        guard var plan = fields.group("plan", log: &log) else { return nil }
        let errorsBefore = log.entries.count
        let responsible = plan.text("responsible", required: true, log: &log)
        let years = readYears(&plan, log: &log)
        plan.warnAboutUnknownKeys(log: &log, context: .inGroup("accessibility.plan"))
        guard let responsible, !years.isEmpty, log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }) else { return nil }
        return AccessibilityPlan(responsible: responsible.value, years: years.sorted { $0.year < $1.year })
    }

    private static func readYears(_ plan: inout FieldReader, log: inout DiagnosticLog) -> [Year] {
        guard let list = plan.entry("years") else {
            log.error(.missingKey("years", holding: Wording(fr: "les années du schéma, chacune avec ses `actions`", en: "the plan's years, each with its `actions`")), at: plan.location)
            return []
        }
        guard case .sequence(let items) = list.value.value, !items.isEmpty else {
            log.error(.accessibilityPlanYearsNotList(), at: list.keyLocation)
            return []
        }
        var years: [(year: Year, location: SourceLocation)] = []
        for item in items {
            guard let read = readYear(item, log: &log) else { continue }
            if let other = years.first(where: { $0.year.year == read.year.year }) {
                log.error(.accessibilityPlanYearTwice(read.year.year, firstLine: other.location.line), at: read.location)
            } else {
                years.append(read)
            }
        }
        return years.map(\.year)
    }

    private static func readYear(_ item: YAMLNode, log: inout DiagnosticLog) -> (year: Year, location: SourceLocation)? {
        guard let entries = item.entries else {
            log.error(.accessibilityPlanYearNotGroup(), at: item.location)
            return nil
        }
        var fields = FieldReader(entries, at: item.location)
        let year = fields.integer("year", log: &log)
        if year == nil, fields.entry("year") == nil { log.error(.missingKey("year"), at: item.location) }
        let actions = fields.textList("actions", log: &log).filter { !$0.value.isEmpty }
        fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "une année du schéma d'accessibilité", en: "a year of the accessibility plan"))
        guard let year else { return nil }
        let location = fields.entries.first { $0.key == "year" }?.value.location ?? item.location
        guard !actions.isEmpty else {
            log.error(.accessibilityPlanYearWithoutActions(year), at: location)
            return nil
        }
        return (Year(year: year, actions: actions.map(\.value)), location)
    }

    /// `plan`: `responsible`, `period` (« 2026-2028 »), `years[]` with `year` and `actions` (texts).
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        let first = years.first?.year ?? 0, last = years.last?.year ?? 0
        return [
            "responsible": .text(french.text(responsible)),
            "period": .text(first == last ? "\(first)" : "\(first)-\(last)"),
            "years": .groups(years.map { ["year": .text(String($0.year)), "actions": .texts($0.actions.map(french.text))] }),
        ]
    }
}
