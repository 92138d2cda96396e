import FrenchText

/// One rule of opening hours in the common subset of the OpenStreetMap syntax: days (or none: every day), then
/// times or `off` (`Mo-Fr 09:00-12:00,14:00-17:00`, `PH off`).
struct OpeningRule: Equatable {
    /// The days a rule is for.
    enum Days: Equatable {
        /// No day selector.
        case everyDay
        /// `PH`.
        case publicHolidays
        /// Single days and ranges, each day 0 (Monday) to 6 (Sunday): `Mo,We-Fr` → `[[0], [2, 4]]`.
        case days([[Int]])
    }

    /// One span of opening: `09:00-12:00`; `end` nil for `24:00`.
    struct Span: Equatable {
        let start: ClockTime
        let end: ClockTime?
    }

    /// The days.
    let days: Days
    /// The spans; empty for `off` or `closed`.
    let spans: [Span]

    /// The day codes of the syntax, Monday first.
    static let dayCodes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

    /// The rules of `text`, in order; nil when it is not in the subset (free text).
    static func rules(_ text: String) -> [OpeningRule]? {
        let trimmed = text.trimmingSpaces
        if trimmed == "24/7", let midnight = ClockTime(hour: 0, minute: 0) {
            return [OpeningRule(days: .everyDay, spans: [Span(start: midnight, end: nil)])]
        }
        let written = trimmed.split(separator: ";").map { $0.trimmingSpaces }
        guard !written.isEmpty, !written.contains(where: \.isEmpty) else { return nil }
        var rules: [OpeningRule] = []
        for rule in written {
            guard let parsed = rule.split(separator: " ", omittingEmptySubsequences: true).map(String.init).openingRule else { return nil }
            rules.append(parsed)
        }
        return rules
    }

    /// The days of each day of the week (0: Monday) once the rules are applied in order, a later rule replacing what
    /// an earlier one said of its days, as OpenStreetMap reads them; nil for a day no rule names.
    static func week(_ rules: [OpeningRule]) -> [[Span]?] {
        var week: [[Span]?] = Array(repeating: nil, count: 7)
        for rule in rules {
            switch rule.days {
            case .everyDay: week = Array(repeating: rule.spans, count: 7)
            case .publicHolidays: break
            case .days(let items):
                for item in items { for day in expanded(item) { week[day] = rule.spans } }
            }
        }
        return week
    }

    /// A single day, or a range, wrapping past Sunday (`Sa-Mo`).
    static func expanded(_ item: [Int]) -> [Int] {
        guard item.count == 2 else { return item }
        let length = (item[1] - item[0] + 7) % 7
        return (0...length).map { (item[0] + $0) % 7 }
    }

    fileprivate static func days(_ selector: String) -> Days? {
        if selector == "PH" { return .publicHolidays }
        var items: [[Int]] = []
        for item in selector.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            let indices = ends.compactMap { dayCodes.firstIndex(of: $0) }
            guard indices.count == ends.count, (1...2).contains(indices.count) else { return nil }
            items.append(indices)
        }
        return .days(items)
    }

    fileprivate static func spans(_ text: String) -> [Span]? {
        if text == "off" || text == "closed" { return [] }
        var spans: [Span] = []
        for span in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = span.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard ends.count == 2, let start = ClockTime(iso: ends[0]) else { return nil }
            if ends[1] == "24:00" {
                spans.append(Span(start: start, end: nil))
            } else {
                guard let end = ClockTime(iso: ends[1]) else { return nil }
                spans.append(Span(start: start, end: end))
            }
        }
        return spans
    }
}

private extension Array where Element == String {
    /// The words of one rule: times, or a day selector then times.
    var openingRule: OpeningRule? {
        switch count {
        case 1: return OpeningRule.spans(self[0]).map { OpeningRule(days: .everyDay, spans: $0) }
        case 2:
            guard let days = OpeningRule.days(self[0]), let spans = OpeningRule.spans(self[1]) else { return nil }
            return OpeningRule(days: days, spans: spans)
        default: return nil
        }
    }
}
