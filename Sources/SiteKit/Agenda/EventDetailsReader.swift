/// Reads the keys of an event (`content/agenda/*.md`), checking each against the content model.
enum EventDetailsReader: PageDetailsReader {
    static func read(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> (any PageDetails)? {
        let errorsBefore = log.entries.count
        let config = context.config
        let schedule = EventScheduleReader.read(&fields, zone: config.timeZone, zoneName: config.timeZoneName, log: &log)
        let type = fields.choice("type", among: EventType.allCases.map(\.rawValue), required: true, log: &log)
            .flatMap { EventType(rawValue: $0.value) }
        let place = fields.text("place", log: &log)?.value
        let address = fields.text("address", log: &log)?.value
        let commune = fields.text("commune", required: true, log: &log)
        if let commune { config.territory?.checkSpelling(of: commune, log: &log) }
        let organisers = fields.textList("organisers", log: &log).map(\.value)
        let partners = fields.textList("partners", log: &log).map(\.value)
        let publics = fields.vocabularyList("public", among: EventVocabulary.publics, log: &log)
        let isFree = fields.bool("free", log: &log) ?? false
        let price = fields.text("price", log: &log)
        if isFree, let price {
            log.warning(.freeWithPrice(), at: price.location)
        }
        let registration = readRegistration(&fields, log: &log)
        let accessibility = fields.vocabularyList("accessibility", among: EventVocabulary.accessibility, log: &log)
        let status = fields.choice("status", among: EventStatus.allCases.map(\.rawValue), log: &log)
            .flatMap { EventStatus(rawValue: $0.value) } ?? .scheduled
        let online = fields.webAddress("online", log: &log)?.value
        let coordinates = readCoordinates(&fields, log: &log)
        let sismYear = readSISMYear(&fields, config: config, log: &log)

        guard let schedule, let type, let commune, log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }) else { return nil }
        return EventDetails(
            schedule: schedule, type: type, place: place, address: address, commune: commune.value, organisers: organisers,
            partners: partners, publics: publics, isFree: isFree, price: price?.value, registration: registration,
            accessibility: accessibility, status: status, online: online, coordinates: coordinates, sismYear: sismYear
        )
    }

    private static func readRegistration(_ fields: inout FieldReader, log: inout DiagnosticLog) -> EventRegistration? {
        guard var group = fields.group("registration", log: &log) else { return nil }
        let registration = EventRegistration(
            isRequired: group.bool("required", log: &log),
            url: group.webAddress("url", log: &log)?.value,
            phone: group.phone("phone", log: &log)?.value,
            email: group.emailAddress("email", log: &log)?.value,
            deadline: group.dateTime("deadline", log: &log)?.value
        )
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("registration"))
        return registration
    }

    private static func readCoordinates(_ fields: inout FieldReader, log: inout DiagnosticLog) -> EventDetails.Coordinates? {
        let latitude = fields.coordinate("lat", within: -90...90, log: &log)
        let longitude = fields.coordinate("lon", within: -180...180, log: &log)
        switch (latitude, longitude) {
        case let (lat?, lon?):
            return EventDetails.Coordinates(latitude: lat.value.0, longitude: lon.value.0, latitudeText: lat.value.1, longitudeText: lon.value.1)
        case let (lat?, nil) where !fields.has("lon"):
            log.error(.latitudeWithoutLongitude(), at: lat.location)
        case let (nil, lon?) where !fields.has("lat"):
            log.error(.longitudeWithoutLatitude(), at: lon.location)
        default:
            // A coordinate written wrong was reported already.
            break
        }
        return nil
    }

    /// `sism:` must name an edition of `site.yml`. An edition that failed to read is reported once, at its own line,
    /// with the count of the events naming it (the agenda feature): these events keep its year and get no error.
    private static func readSISMYear(_ fields: inout FieldReader, config: SiteConfig, log: inout DiagnosticLog) -> Int? {
        guard let entry = fields.entry("sism") else { return nil }
        guard let year = fields.integer("sism", log: &log) else { return nil }
        var ignored = DiagnosticLog()
        let years = SISMEditionsReader.read(config, log: &ignored).map(\.year)
        guard years.contains(year) || SISMEditionsReader.failedYears(config).contains(year) else {
            log.error(.unknownSISMEdition(year, known: years), at: entry.value.location)
            return nil
        }
        return year
    }
}
