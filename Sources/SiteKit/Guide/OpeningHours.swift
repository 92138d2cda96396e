import FrenchText

/// Opening hours in the common subset of the OpenStreetMap syntax (`Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00`),
/// written out in French, one line a rule: « Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h ».
///
/// Anything outside the subset is not OpenStreetMap syntax for clsm: it is shown as the editor wrote it.
enum OpeningHours {
    private static let dayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// The French lines of `text`, or nil when it is free text.
    static func french(_ text: String) -> [String]? {
        french(text, rules: OpeningRule.rules(text))
    }

    /// The French lines of `text`, whose rules (`OpeningRule.rules(text)`) were read already.
    static func french(_ text: String, rules: [OpeningRule]?) -> [String]? {
        if text.trimmingSpaces == "24/7" { return ["24 h sur 24, 7 jours sur 7"] }
        return rules?.map { line(for: $0) }
    }

    private static func line(for rule: OpeningRule) -> String {
        let when: String
        switch rule.days {
        case .everyDay: when = "Tous les jours"
        case .publicHolidays: when = "Les jours fériés"
        case .days(let items): when = days(items)
        }
        guard !rule.spans.isEmpty else { return when + " : fermé" }
        return when + " : " + enumeration(rule.spans.map { "de \(FrenchDate.time($0.start)) à \($0.end.map(FrenchDate.time) ?? "minuit")" })
    }

    /// `Mo-Fr` → « Du lundi au vendredi »; `Mo,We` → « Lundi et mercredi ».
    private static func days(_ items: [[Int]]) -> String {
        let parts = items.map { item in
            item.count == 2 ? "du \(dayNames[item[0]]) au \(dayNames[item[1]])" : dayNames[item[0]]
        }
        let joined = enumeration(parts)
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// « a », « a et b », « a, b et c ».
    private static func enumeration(_ parts: [String]) -> String {
        guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " et " + last
    }
}
