import FrenchText
import Templates

/// The values an event's templates read as `page.event`: dates in French, venue, registration, status.
struct EventValues {
    let details: EventDetails
    let environment: RenderEnvironment

    /// Every value, texts with French typography.
    var values: TemplateValues {
        let french = environment.french
        var values = scheduleValues
        values["type_id"] = .text(details.type.rawValue)
        values["type_label"] = .text(french.text(details.type.label))
        values["commune"] = .text(french.text(details.commune))
        if let place = details.place { values["place"] = .text(french.text(place)) }
        if let address = details.address { values["address"] = .text(french.text(address)) }
        if let coordinates = details.coordinates { values["map_url"] = .text(coordinates.mapURL) }
        if let online = details.online { values["online"] = .text(online) }
        values["is_online_only"] = .bool(details.online != nil && !details.hasVenue)
        values["organisers"] = .texts(details.organisers.map(french.text))
        values["has_organisers"] = .bool(!details.organisers.isEmpty)
        values["partners"] = .texts(details.partners.map(french.text))
        values["has_partners"] = .bool(!details.partners.isEmpty)
        values["publics"] = .texts(details.publics.map { EventVocabulary.label(of: $0, in: EventVocabulary.publics) })
        values["has_publics"] = .bool(!details.publics.isEmpty)
        values["is_free"] = .bool(details.isFree)
        if let price = details.price { values["price"] = .text(french.text(price)) }
        values["has_price_block"] = .bool(details.isFree || details.price != nil)
        let accessibility = details.accessibility.map { EventVocabulary.label(of: $0, in: EventVocabulary.accessibility) }
        values["has_accessibility"] = .bool(!accessibility.isEmpty)
        values["accessibility"] = .text(accessibility.joined(separator: ", "))
        values["status"] = .text(details.status.rawValue)
        if let label = details.status.label { values["status_label"] = .text(label) }
        values["is_cancelled"] = .bool(details.status == .cancelled)
        values["is_postponed"] = .bool(details.status == .postponed)
        values["is_full"] = .bool(details.status == .full)
        if let registration = details.registration { values["registration"] = .group(registrationValues(registration)) }
        return values
    }

    private var scheduleValues: TemplateValues {
        let schedule = details.schedule
        let phase = schedule.phase(at: environment.now)
        var values: TemplateValues = [
            "when": .text(schedule.french),
            "hours": .text(schedule.hoursInDay),
            // Only a text that starts with the start time may stand in <time datetime=start>.
            "has_start_time": .bool(schedule.start.time != nil),
            "start_iso": .text(schedule.start.iso),
            "start_day": .text(schedule.start.date.description),
            "phase": .text(phase.rawValue),
            "is_past": .bool(phase == .past),
        ]
        if let end = schedule.end { values["end_iso"] = .text(end.iso) }
        if let label = phase.label { values["phase_label"] = .text(label) }
        return values
    }

    private func registrationValues(_ registration: EventRegistration) -> TemplateValues {
        var values: TemplateValues = [
            "is_required": .bool(registration.isRequired == true),
            "is_optional": .bool(registration.isRequired == false),
        ]
        if let url = registration.url { values["url"] = .text(url) }
        if let phone = registration.phone { values["phone"] = .group(PostalValues.phoneValues(phone)) }
        if let email = registration.email { values["email"] = .text(email) }
        if let deadline = registration.deadline {
            values["deadline"] = ["iso": .text(deadline.description), "long": .text(FrenchDate.long(deadline.date))]
        }
        return values
    }
}
