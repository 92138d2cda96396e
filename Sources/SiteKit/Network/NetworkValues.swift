import FrenchText
import Templates

/// The values the network's pages hand their layouts: members, events by day, resources.
struct NetworkValues {
    let network: Network
    let environment: RenderEnvironment

    private var french: FrenchStyle { environment.french }

    /// Shape `network-member`: who a member is and how to reach it.
    func member(_ member: NetworkMember) -> TemplateValues {
        let identity = member.identity
        var values: TemplateValues = [
            "name": .text(french.text(identity.name)),
            "url": .text(identity.url),
            "communes": .texts((identity.territory?.communes ?? []).map { french.text($0.name) }),
            "has_communes": .bool(!(identity.territory?.communes.isEmpty ?? true)),
            "carrier": .texts(identity.carrier.map(french.text)),
            "has_carrier": .bool(!identity.carrier.isEmpty),
            "contact_name": .text(french.text(identity.contact.name)),
        ]
        if let territory = identity.territory { values["territory"] = .text(french.text(territory.name)) }
        if let address = identity.contact.address { values["contact_address"] = .text(french.text(address)) }
        if let phone = identity.contact.phone, let uri = identity.contact.phoneUri {
            values["contact_phone"] = ["display": .text(phone), "tel": .text(uri)]
        }
        if let email = identity.contact.email { values["contact_email"] = .text(email) }
        if let calendar = member.calendarURL { values["calendar_url"] = .text(calendar) }
        if let centre = Self.centre(of: member) {
            values["lat"] = .text(String(centre.latitude))
            values["lon"] = .text(String(centre.longitude))
        }
        return values
    }

    /// The centre of a member's territory from its `clsm.json`, when it gives one within the bounds of degrees.
    static func centre(of member: NetworkMember) -> Coordinates? {
        guard let lat = member.identity.territory?.lat, let lon = member.identity.territory?.lon,
              (-90...90).contains(lat), (-180...180).contains(lon) else { return nil }
        return Coordinates(latitude: lat, longitude: lon)
    }

    /// Shape `network-event`: what a list shows of an event, linking to its page on its member's site.
    func event(_ event: NetworkEvent) -> TemplateValues {
        let record = event.record
        let member = network.members[event.member]
        var values: TemplateValues = [
            "title": .text(french.text(record.title)),
            "url": .text(record.url),
            "member_name": .text(french.text(member.displayName)),
            "member_url": .text(member.identity.url),
            "hours": .text(event.schedule.hoursInDay),
            "start_iso": .text(event.schedule.start.iso),
            "has_start_time": .bool(event.schedule.start.time != nil),
            "commune": .text(french.text(record.commune)),
            "commune_key": .text(Slug.make(from: record.commune)),
            "member_key": .text(member.slug),
            "type_label": .text(french.text(record.typeLabel)),
        ]
        if let place = record.place { values["place"] = .text(french.text(place)) }
        if let description = record.description { values["description"] = .text(french.text(description)) }
        if let label = EventStatus(rawValue: record.status)?.label { values["status_label"] = .text(label) }
        return values
    }

    /// Shape `day` of the agenda's layouts, with `network-event` items: each day with the events starting on it.
    func days(_ events: [NetworkEvent], latestFirst: Bool = false) -> [TemplateValues] {
        var days: [(date: CalendarDate, events: [NetworkEvent])] = []
        for event in events {
            if days.last?.date == event.schedule.start.date {
                days[days.count - 1].events.append(event)
            } else {
                days.append((event.schedule.start.date, [event]))
            }
        }
        return (latestFirst ? days.reversed() : days).map { day in
            ["iso": .text(day.date.description), "long": .text(FrenchDate.long(day.date)), "events": .groups(day.events.map(self.event))]
        }
    }

    /// Shape `network-filters`: the communes of `events` in French order, and the network's members when
    /// `byMember`, each `{key, label}`.
    func filters(_ events: [NetworkEvent], byMember: Bool) -> TemplateValues {
        var communes: [String: String] = [:]
        for event in events { communes[Slug.make(from: event.record.commune)] = event.record.commune }
        let members = byMember ? network.members.map { member -> TemplateValues in
            ["key": .text(member.slug), "label": .text(french.text(member.displayName))]
        } : []
        return [
            "communes": .groups(communes.sorted { FrenchCollation.areInIncreasingOrder($0.value, $1.value) }
                .map { ["key": .text($0.key), "label": .text(french.text($0.value))] }),
            "members": .groups(members),
            "has_members": .bool(members.count > 1),
        ]
    }

    /// Shape `network-resource`: a structure of the regional guide with every member listing it.
    func resource(_ resource: Network.RegionalResource) -> TemplateValues {
        let record = resource.record
        var values: TemplateValues = [
            "title": .text(french.text(record.title)),
            "url": .text(record.url),
            "commune": .text(french.text(record.commune)),
            "category_label": .text(french.text(record.categoryLabel)),
            "members": .groups(resource.listings.map { listing in
                ["name": .text(french.text(network.members[listing.member].displayName)), "url": .text(listing.url)]
            }),
        ]
        if let description = record.description { values["description"] = .text(french.text(description)) }
        if let address = record.address { values["address"] = .text(french.text(address)) }
        if let phone = record.phone, let uri = record.phoneUri { values["phone"] = ["display": .text(phone), "tel": .text(uri)] }
        return values
    }
}
