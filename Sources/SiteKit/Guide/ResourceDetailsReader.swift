import FrenchText

/// Reads and checks the keys of a guide entry; every mistake is recorded at its key.
enum ResourceDetailsReader: PageDetailsReader {
    static func read(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> (any PageDetails)? {
        let errorsBefore = log.entries.count
        // Whether the vocabulary has it is checked by the guide, which knows the theme's, and suggests the nearest id.
        let category = fields.text("category", required: true, log: &log)
        let commune = fields.text("commune", required: true, log: &log)
        if let commune { context.config.territory?.checkSpelling(of: commune, log: &log) }
        let address = fields.text("address", log: &log)?.value
        let postalCode = ResourceChecks.postalCode(fields.text("postal_code", log: &log), log: &log)
        let phone = fields.phone("phone", log: &log)?.value
        let email = fields.emailAddress("email", log: &log)?.value
        let website = fields.webAddress("website", log: &log)?.value
        let hours = fields.text("hours", log: &log)?.value
        let publics = fields.textList("publics", log: &log).filter { ResourceChecks.audience($0, log: &log) }.map(\.value)
        let ages = ResourceChecks.ages(min: age("age_min", &fields, log: &log), max: age("age_max", &fields, log: &log), log: &log)
        let access = fields.text("access", log: &log)?.value
        let cost = fields.choice("cost", among: ResourceCost.allCases.map(\.rawValue), log: &log).flatMap { ResourceCost(rawValue: $0.value) }
        let sector = fields.textList("sector", log: &log).filter { !$0.value.isEmpty }
        for commune in sector { context.config.territory?.checkSpelling(of: commune, log: &log) }
        let coordinates = ResourceChecks.coordinates(lat: fields.text("lat", log: &log), lon: fields.text("lon", log: &log), log: &log)
        let emergency = fields.bool("emergency", log: &log) ?? false
        let lastChecked = checkDate(&fields, context: context, log: &log)

        guard log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }), let category, let commune else { return nil }
        return ResourceDetails(
            category: category, commune: commune.value, address: address, postalCode: postalCode, phone: phone,
            email: email, website: website, hours: hours, openingRules: hours.flatMap(OpeningRule.rules), publics: publics,
            ageMin: ages.min, ageMax: ages.max, access: access, cost: cost, sector: sector.map(\.value), coordinates: coordinates,
            isEmergency: emergency, lastChecked: lastChecked, paths: GuidePaths(config: context.config))
    }

    private static func age(_ key: String, _ fields: inout FieldReader, log: inout DiagnosticLog) -> Located<Int>? {
        guard let text = fields.text(key, log: &log) else { return nil }
        guard let years = Int(text.value), (0...120).contains(years) else {
            log.error(.badAge(key, text.value), at: text.location)
            return nil
        }
        return Located(years, at: text.location)
    }

    /// The day of the last check, `updated:` read again for its place: in the future it is an error, older than a year a warning.
    private static func checkDate(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> Located<CalendarDate>? {
        // The page reader has read `updated` and reported a date it cannot read.
        guard let entry = fields.entry("updated"), case .scalar(let text, _) = entry.value.value,
              let date = LocalDateTime(parsing: text)?.date else { return nil }
        let location = entry.value.location
        let today = ZonedTime.calendarDate(of: context.now, in: context.config.timeZone)
        switch ResourceFreshness(checked: date, today: today) {
        case .future:
            log.error(.checkedInFuture(date.description, today: today.description), at: location)
            return nil
        case .stale:
            log.warning(.entryStale(date.description),
                        at: location)
        case .fresh, .neverChecked:
            break
        }
        return Located(date, at: location)
    }
}
