import FrenchText

/// Reads an action's keys: `theme`, `status`, `since`, `partners`, `publics`.
enum ActionDetailsReader: PageDetailsReader {
    static func read(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> (any PageDetails)? {
        let theme = fields.text("theme", log: &log)?.value
        let statusValue = fields.choice("status", among: ActionDetails.Status.allCases.map(\.rawValue), log: &log)
        let status = statusValue.flatMap { ActionDetails.Status(rawValue: $0.value) }
        let since = readSince(&fields, log: &log)
        let partners = fields.textList("partners", log: &log).map(\.value).filter { !$0.isEmpty }
        let publics = fields.textList("publics", log: &log).map(\.value).filter { !$0.isEmpty }
        if let since, status != .planned, startDay(of: since.value) > ZonedTime.calendarDate(of: context.now, in: context.config.timeZone) {
            log.warning(.sinceInFuture(), at: since.location)
        }
        return ActionDetails(theme: theme, status: status, since: since?.value, partners: partners, publics: publics)
    }

    /// `2017`, or a day `2017-11-09`.
    private static func readSince(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Located<ActionDetails.Since>? {
        guard let value = fields.text("since", log: &log) else { return nil }
        if value.value.count == 4, let year = Int(value.value), (1900...2200).contains(year) {
            return Located(.year(year), at: value.location)
        }
        if let day = CalendarDate(iso: value.value) {
            return Located(.day(day), at: value.location)
        }
        log.error(.badSince(value.value), at: value.location)
        return nil
    }

    private static func startDay(of since: ActionDetails.Since) -> CalendarDate {
        switch since {
        case .year(let year): return CalendarDate(year: year, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 0)
        case .day(let day): return day
        }
    }
}
