/// The schema.org `Event` of an event page, as JSON-LD safe to put inside a `<script>` element.
enum EventJSONLD {
    /// The JSON text (`JSONLDScript`).
    static func json(for event: AgendaEvent, baseURL: BaseURL) -> String {
        JSONLDScript.text(object(for: event, baseURL: baseURL))
    }

    private static func object(for event: AgendaEvent, baseURL: BaseURL) -> [String: Any] {
        let details = event.details
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.page.title,
            "url": baseURL.absolute(event.urlPath),
            "startDate": details.schedule.start.iso,
            "eventStatus": details.status.schemaOrg,
            "eventAttendanceMode": attendanceMode(details),
            "location": locations(details),
        ]
        if let description = event.page.description { object["description"] = description }
        if let end = details.schedule.end { object["endDate"] = end.iso }
        if !details.organisers.isEmpty {
            object["organizer"] = details.organisers.map { ["@type": "Organization", "name": $0] }
        }
        if details.isFree { object["isAccessibleForFree"] = true }
        if let offer = offer(details) { object["offers"] = offer }
        return object
    }

    private static func attendanceMode(_ details: EventDetails) -> String {
        guard details.online != nil else { return "https://schema.org/OfflineEventAttendanceMode" }
        return details.hasVenue ? "https://schema.org/MixedEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode"
    }

    private static func locations(_ details: EventDetails) -> [[String: Any]] {
        var locations: [[String: Any]] = []
        if details.hasVenue || details.online == nil {
            var address: [String: Any] = ["@type": "PostalAddress", "addressLocality": details.commune, "addressCountry": "FR"]
            if let street = details.address { address["streetAddress"] = street }
            var place: [String: Any] = ["@type": "Place", "name": details.place ?? details.commune, "address": address]
            if let point = details.coordinates {
                place["geo"] = ["@type": "GeoCoordinates", "latitude": point.latitude, "longitude": point.longitude]
            }
            locations.append(place)
        }
        if let online = details.online { locations.append(["@type": "VirtualLocation", "url": online]) }
        return locations
    }

    private static func offer(_ details: EventDetails) -> [String: Any]? {
        guard details.isFree || details.price != nil || details.registration?.url != nil else { return nil }
        var offer: [String: Any] = ["@type": "Offer"]
        if details.isFree {
            offer["price"] = 0
            offer["priceCurrency"] = "EUR"
        }
        if let price = details.price { offer["description"] = price }
        if let url = details.registration?.url { offer["url"] = url }
        if details.status == .full { offer["availability"] = "https://schema.org/SoldOut" }
        return offer
    }
}
