import FrenchText

/// Opening hours in the common subset of the OpenStreetMap syntax (`Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00`),
/// written out in French, one line a rule: « Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h ».
///
/// Anything outside the subset is not OpenStreetMap syntax for clsm: it is shown as the editor wrote it.
enum OpeningHours {
    private static let dayCodes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    private static let dayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// The French lines of `text`, or nil when it is free text.
    static func french(_ text: String) -> [String]? {
        let trimmed = text.trimmingSpaces
        if trimmed == "24/7" { return ["24 h sur 24, 7 jours sur 7"] }
        let rules = trimmed.split(separator: ";").map { $0.trimmingSpaces }
        guard !rules.isEmpty, !rules.contains(where: \.isEmpty) else { return nil }
        var lines: [String] = []
        for rule in rules {
            guard let line = line(for: rule) else { return nil }
            lines.append(line)
        }
        return lines
    }

    private static func line(for rule: String) -> String? {
        let words = rule.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let (selector, times): (String?, String)
        switch words.count {
        case 1: (selector, times) = (nil, words[0])
        case 2: (selector, times) = (words[0], words[1])
        default: return nil
        }
        let when: String
        if let selector {
            if selector == "PH" {
                when = "Les jours fériés"
            } else {
                guard let days = days(selector) else { return nil }
                when = days
            }
        } else {
            when = "Tous les jours"
        }
        if times == "off" || times == "closed" { return when + " : fermé" }
        guard let spans = spans(times) else { return nil }
        return when + " : " + spans
    }

    /// `Mo-Fr` → « Du lundi au vendredi »; `Mo,We` → « Lundi et mercredi ».
    private static func days(_ selector: String) -> String? {
        var parts: [String] = []
        for item in selector.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            let indices = ends.compactMap { dayCodes.firstIndex(of: $0) }
            guard indices.count == ends.count else { return nil }
            switch indices.count {
            case 1: parts.append(dayNames[indices[0]])
            case 2: parts.append("du \(dayNames[indices[0]]) au \(dayNames[indices[1]])")
            default: return nil
            }
        }
        let joined = enumeration(parts)
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// `09:00-12:00,14:00-17:00` → « de 9 h à 12 h et de 14 h à 17 h ».
    private static func spans(_ text: String) -> String? {
        var parts: [String] = []
        for span in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = span.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard ends.count == 2, let start = ClockTime(iso: ends[0]), let end = endTime(ends[1]) else { return nil }
            parts.append("de \(FrenchDate.time(start)) à \(end)")
        }
        return enumeration(parts)
    }

    /// « a », « a et b », « a, b et c ».
    private static func enumeration(_ parts: [String]) -> String {
        guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " et " + last
    }

    private static func endTime(_ text: String) -> String? {
        if text == "24:00" { return "minuit" }
        return ClockTime(iso: text).map(FrenchDate.time)
    }
}
