/// The schema.org `Event` of an event page, as JSON-LD safe to put inside a `<script>` element.
enum EventJSONLD {
    /// The JSON text (`JSONLDScript`).
    static func json(for event: AgendaEvent, baseURL: BaseURL) -> String {
        JSONLDScript.text(object(for: event, baseURL: baseURL))
    }

    private static func object(for event: AgendaEvent, baseURL: BaseURL) -> JSONTree {
        let details = event.details
        var object: [String: JSONTree] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": .string(event.page.title),
            "url": .string(baseURL.absolute(event.urlPath)),
            "startDate": .string(details.schedule.start.iso),
            "eventStatus": .string(details.status.schemaOrg),
            "eventAttendanceMode": .string(attendanceMode(details)),
            "location": .list(locations(details)),
        ]
        if let description = event.page.description { object["description"] = .string(description) }
        if let end = details.schedule.end { object["endDate"] = .string(end.iso) }
        if !details.organisers.isEmpty {
            object["organizer"] = .list(details.organisers.map { ["@type": "Organization", "name": .string($0)] })
        }
        if details.isFree { object["isAccessibleForFree"] = true }
        if let offer = offer(details) { object["offers"] = .object(offer) }
        return .object(object)
    }

    private static func attendanceMode(_ details: EventDetails) -> String {
        guard details.online != nil else { return "https://schema.org/OfflineEventAttendanceMode" }
        return details.hasVenue ? "https://schema.org/MixedEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode"
    }

    private static func locations(_ details: EventDetails) -> [JSONTree] {
        var locations: [JSONTree] = []
        if details.hasVenue || details.online == nil {
            var address: [String: JSONTree] = ["@type": "PostalAddress", "addressLocality": .string(details.commune), "addressCountry": "FR"]
            if let street = details.address { address["streetAddress"] = .string(street) }
            var place: [String: JSONTree] = ["@type": "Place", "name": .string(details.place ?? details.commune), "address": .object(address)]
            if let point = details.coordinates {
                place["geo"] = ["@type": "GeoCoordinates", "latitude": .double(point.latitude), "longitude": .double(point.longitude)]
            }
            locations.append(.object(place))
        }
        if let online = details.online { locations.append(["@type": "VirtualLocation", "url": .string(online)]) }
        return locations
    }

    private static func offer(_ details: EventDetails) -> [String: JSONTree]? {
        guard details.isFree || details.price != nil || details.registration?.url != nil else { return nil }
        var offer: [String: JSONTree] = ["@type": "Offer"]
        if details.isFree {
            offer["price"] = 0
            offer["priceCurrency"] = "EUR"
        }
        if let price = details.price { offer["description"] = .string(price) }
        if let url = details.registration?.url { offer["url"] = .string(url) }
        if details.status == .full { offer["availability"] = "https://schema.org/SoldOut" }
        return offer
    }
}
