/// One event as `agenda.json` carries it: every key always present (`null` when not given), text as written.
struct AgendaRecord {
    let event: AgendaEvent
    /// Its absolute URL.
    let url: String
    /// The site's time zone (`Europe/Paris`), in which `start` and `end` are local.
    let timeZone: String
    /// When its file was last edited (its last commit, else its `updated`), RFC 3339: its calendars' `DTSTAMP`.
    let updated: String?

    /// The record's members, in any order (they are written sorted).
    var tree: JSONTree {
        let details = event.details
        return [
            "id": .string(event.urlPath),
            "url": .string(url),
            "title": .string(event.page.title),
            "description": .string(event.page.description),
            "start": .string(details.schedule.start.iso),
            "end": .string(details.schedule.end?.iso),
            "all_day": .bool(details.schedule.isAllDay),
            "time_zone": .string(timeZone),
            "place": .string(details.place),
            "address": .string(details.address),
            "commune": .string(details.commune),
            "lat": .double(details.coordinates?.latitude),
            "lon": .double(details.coordinates?.longitude),
            "online": .string(details.online),
            "type": .string(details.type.rawValue),
            "type_label": .string(details.type.label),
            "publics": .strings(details.publics),
            "free": .bool(details.isFree),
            "price": .string(details.price),
            "registration": details.registration.map(Self.registration) ?? .null,
            "status": .string(details.status.rawValue),
            "sism": .int(event.edition?.year),
            "organisers": .strings(details.organisers),
            "partners": .strings(details.partners),
            "accessibility": .strings(details.accessibility),
            "updated": .string(updated),
        ]
    }

    private static func registration(_ registration: EventRegistration) -> JSONTree {
        [
            "required": .bool(registration.isRequired),
            "url": .string(registration.url),
            "phone": .string(registration.phone?.display),
            "phone_uri": .string(registration.phone?.telURI),
            "email": .string(registration.email),
            "deadline": .string(registration.deadline?.description),
        ]
    }
}

/// One SISM edition as `agenda.json` carries it.
struct EditionRecord {
    let edition: SISMEdition
    /// The absolute URL of its page.
    let url: String

    /// The record's members, in any order (they are written sorted).
    var tree: JSONTree {
        [
            "year": .int(edition.year),
            "number": .int(edition.number),
            "start": .string(edition.start.description),
            "end": .string(edition.end.description),
            "theme": .string(edition.theme),
            "url": .string(url),
        ]
    }
}
