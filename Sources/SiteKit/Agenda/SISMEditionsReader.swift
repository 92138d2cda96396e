import FrenchText

/// Reads `sism.editions` of `site.yml`, every mistake at its key.
enum SISMEditionsReader {
    /// The editions of `config`, sorted by year; the faulty ones are left out (errors in `log`).
    static func read(_ config: SiteConfig, log: inout DiagnosticLog) -> [SISMEdition] {
        guard let node = config.extra["sism"], !node.isNull else { return [] }
        guard let entries = node.entries else {
            log.error(.sismNotGroup(is: node.kindDescription), at: node.location)
            return []
        }
        var fields = FieldReader(entries, at: node.location)
        let list = fields.entry("editions")
        fields.warnAboutUnknownKeys(log: &log, context: .inGroup("sism"))
        guard let list else { return [] }
        guard case .sequence(let items) = list.value.value else {
            log.error(.sismEditionsNotList(), at: list.keyLocation)
            return []
        }
        var editions: [(edition: SISMEdition, location: SourceLocation)] = []
        for item in items {
            guard let edition = readEdition(item, log: &log) else { continue }
            if let other = editions.first(where: { $0.edition.year == edition.edition.year }) {
                log.error(.sismEditionTwice(edition.edition.year, firstLine: other.location.line), at: edition.location)
            } else if let other = editions.first(where: { $0.edition.start <= edition.edition.end && edition.edition.start <= $0.edition.end }) {
                log.error(.sismEditionsOverlap(edition.edition.year, other: other.edition.year), at: edition.location)
            } else {
                editions.append(edition)
            }
        }
        return editions.map(\.edition).sorted { $0.year < $1.year }
    }

    private static func readEdition(_ item: YAMLNode, log: inout DiagnosticLog) -> (edition: SISMEdition, location: SourceLocation)? {
        guard let entries = item.entries else {
            log.error(.sismEditionNotGroup(), at: item.location)
            return nil
        }
        var fields = FieldReader(entries, at: item.location)
        let errorsBefore = log.entries.count
        let year = fields.integer("year", log: &log)
        if year == nil, fields.entry("year") == nil { log.error(.missingKey("year"), at: item.location) }
        let number = fields.integer("number", log: &log)
        let start = day("start", in: &fields, log: &log)
        let end = day("end", in: &fields, log: &log)
        let theme = fields.text("theme", log: &log)?.value
        fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "une édition des SISM", en: "a SISM edition"))
        guard let year, let start, let end, log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }) else { return nil }
        let yearLocation = fields.entries.first { $0.key == "year" }?.value.location ?? item.location
        if end.value < start.value {
            log.error(.sismEditionReversed(end: end.value.description, start: start.value.description), at: end.location)
            return nil
        }
        if start.value.year != year {
            log.error(.sismEditionOtherYear(year, start: start.value.description), at: start.location)
            return nil
        }
        return (SISMEdition(year: year, number: number, start: start.value, end: end.value, theme: theme), yearLocation)
    }

    /// A required date without a time.
    private static func day(_ key: String, in fields: inout FieldReader, log: inout DiagnosticLog) -> Located<CalendarDate>? {
        guard let value = fields.dateTime(key, required: true, log: &log) else { return nil }
        guard value.value.time == nil else {
            log.error(.sismEditionDayWithTime(key), at: value.location)
            return nil
        }
        return Located(value.value.date, at: value.location)
    }
}
