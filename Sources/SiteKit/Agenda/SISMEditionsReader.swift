import FrenchText

/// Reads `sism.editions` of `site.yml`, every mistake at its key.
enum SISMEditionsReader {
    /// The editions of `config`, sorted by year; the faulty ones are left out (errors in `log`).
    /// `namedBy` counts the events naming each year: the first error of an edition that failed says how many depend on it.
    static func read(_ config: SiteConfig, log: inout DiagnosticLog, namedBy: [Int: Int] = [:]) -> [SISMEdition] {
        var editionsLog = DiagnosticLog()
        let read = readAll(config, log: &editionsLog)
        var suffixes: [Int: Wording] = [:]
        for (year, errorIndex) in read.failed {
            if let count = namedBy[year], count > 0 { suffixes[errorIndex] = Message.eventsNameEdition(count) }
        }
        log.append(editionsLog, suffixing: suffixes)
        return read.editions
    }

    /// The years of the editions of `config` that failed to read (and are not listed again correctly): their errors
    /// stand for every event naming them.
    static func failedYears(_ config: SiteConfig) -> Set<Int> {
        var ignored = DiagnosticLog()
        return Set(readAll(config, log: &ignored).failed.keys)
    }

    /// The editions sorted by year, and for each year whose edition failed, the index in `log` of its first error.
    private static func readAll(_ config: SiteConfig, log: inout DiagnosticLog) -> (editions: [SISMEdition], failed: [Int: Int]) {
        guard let node = config.extra["sism"], !node.isNull else { return ([], [:]) }
        guard let entries = node.entries else {
            log.error(.sismNotGroup(is: node.kindDescription), at: node.location)
            return ([], [:])
        }
        var fields = FieldReader(entries, at: node.location)
        let list = fields.entry("editions")
        fields.warnAboutUnknownKeys(log: &log, context: .inGroup("sism"))
        guard let list else { return ([], [:]) }
        guard case .sequence(let items) = list.value.value else {
            log.error(.sismEditionsNotList(), at: list.keyLocation)
            return ([], [:])
        }
        var editions: [(edition: SISMEdition, location: SourceLocation)] = []
        var failed: [Int: Int] = [:]
        for item in items {
            let errorsBefore = log.entries.count
            guard let edition = readEdition(item, log: &log) else {
                if let year = yearOf(item), log.entries[errorsBefore...].contains(where: { $0.severity == .error }) {
                    failed[year] = failed[year] ?? log.entries[errorsBefore...].firstIndex { $0.severity == .error }
                }
                continue
            }
            if let other = editions.first(where: { $0.edition.year == edition.edition.year }) {
                log.error(.sismEditionTwice(edition.edition.year, firstLine: other.location.line), at: edition.location)
            } else if let other = editions.first(where: { $0.edition.start <= edition.edition.end && edition.edition.start <= $0.edition.end }) {
                failed[edition.edition.year] = failed[edition.edition.year] ?? log.entries.count
                log.error(.sismEditionsOverlap(edition.edition.year, other: other.edition.year), at: edition.location)
            } else {
                editions.append(edition)
            }
        }
        for edition in editions { failed[edition.edition.year] = nil }
        return (editions.map(\.edition).sorted { $0.year < $1.year }, failed)
    }

    /// The `year` an edition names, when it is a whole number, even if the rest of it failed.
    private static func yearOf(_ item: YAMLNode) -> Int? {
        guard let entries = item.entries else { return nil }
        var fields = FieldReader(entries, at: item.location)
        var ignored = DiagnosticLog()
        return fields.integer("year", log: &ignored)
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
