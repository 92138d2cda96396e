import FrenchText
import Templates

/// The whole guide on one print-ready page, grouped by category then commune: the leaflet coordinators hand out.
struct GuidePrintPage {
    /// The shared values.
    let values: GuideValues

    /// The page.
    var page: GeneratedPage {
        let guide = values.guide
        let french = values.environment.french
        let sections = guide.categories.map { item -> TemplateValues in
            var communes: [(name: String, entries: [GuideEntry])] = []
            for entry in Self.byCommuneThenTitle(item.entries) {
                if let last = communes.last, GuidePaths.communeSlug(last.name) == entry.communeSlug {
                    communes[communes.count - 1].entries.append(entry)
                } else {
                    communes.append((entry.details.commune, [entry]))
                }
            }
            return [
                "category": .group(values.category(item.category)),
                "communes": .groups(communes.map { commune -> TemplateValues in
                    ["name": .text(french.text(commune.name)), "entries": values.entries(commune.entries)]
                }),
            ]
        }
        let emergency = guide.entries.filter(\.details.isEmergency)
        let today = ZonedTime.calendarDate(of: values.environment.now, in: values.environment.timeZone)
        var own: TemplateValues = [
            "sections": .groups(sections), "count_label": .text(GuideValues.count(guide.entries.count)),
            "emergency": values.entries(emergency), "has_emergency": .bool(!emergency.isEmpty),
            "edition": ["iso": .text(today.description), "long": .text(FrenchDate.long(today))],
        ]
        if let latest = guide.entries.compactMap({ $0.details.lastChecked?.value }).max() {
            own["last_checked"] = ["iso": .text(latest.description), "long": .text(FrenchDate.long(latest))]
        }
        return values.page(guide.paths.print, "Guide des ressources à imprimer", layout: "guide-print", parent: guide.paths.root, own)
    }

    /// `entries` by commune in French order, then in French order; each commune's key is folded once, not at every
    /// comparison.
    private static func byCommuneThenTitle(_ entries: [GuideEntry]) -> [GuideEntry] {
        entries.map { (commune: FrenchCollation.key($0.details.commune), entry: $0) }
            .sorted { $0.commune != $1.commune ? $0.commune < $1.commune : GuideEntry.inFrenchOrder($0.entry, $1.entry) }
            .map(\.entry)
    }
}
