import FrenchText

/// The values an event's templates read as `page.event`: dates in French, venue, registration, status.
struct EventValues {
    let details: EventDetails
    let environment: RenderEnvironment

    /// Every value, texts with French typography.
    var values: TemplateValues {
        let french = environment.french
        var values = scheduleValues
        values["type_id"] = details.type.rawValue
        values["type_label"] = french.text(details.type.label)
        values["commune"] = french.text(details.commune)
        if let place = details.place { values["place"] = french.text(place) }
        if let address = details.address { values["address"] = french.text(address) }
        if let coordinates = details.coordinates { values["map_url"] = coordinates.mapURL }
        if let online = details.online { values["online"] = online }
        values["is_online_only"] = details.online != nil && !details.hasVenue
        values["organisers"] = details.organisers.map(french.text)
        values["has_organisers"] = !details.organisers.isEmpty
        values["partners"] = details.partners.map(french.text)
        values["has_partners"] = !details.partners.isEmpty
        values["publics"] = details.publics.map { EventVocabulary.label(of: $0, in: EventVocabulary.publics) }
        values["has_publics"] = !details.publics.isEmpty
        values["is_free"] = details.isFree
        if let price = details.price { values["price"] = french.text(price) }
        values["has_price_block"] = details.isFree || details.price != nil
        let accessibility = details.accessibility.map { EventVocabulary.label(of: $0, in: EventVocabulary.accessibility) }
        values["has_accessibility"] = !accessibility.isEmpty
        values["accessibility"] = accessibility.joined(separator: ", ")
        values["status"] = details.status.rawValue
        if let label = details.status.label { values["status_label"] = label }
        values["is_cancelled"] = details.status == .cancelled
        values["is_postponed"] = details.status == .postponed
        values["is_full"] = details.status == .full
        if let registration = details.registration { values["registration"] = registrationValues(registration) }
        return values
    }

    private var scheduleValues: TemplateValues {
        let schedule = details.schedule
        let phase = schedule.phase(at: environment.now)
        var values: TemplateValues = [
            "when": schedule.french,
            "hours": schedule.hoursInDay,
            // Only a text that starts with the start time may stand in <time datetime=start>.
            "has_start_time": schedule.start.time != nil,
            "start_iso": schedule.start.iso,
            "start_day": schedule.start.date.description,
            "phase": phase.rawValue,
            "is_past": phase == .past,
        ]
        if let end = schedule.end { values["end_iso"] = end.iso }
        if let label = phase.label { values["phase_label"] = label }
        return values
    }

    private func registrationValues(_ registration: EventRegistration) -> TemplateValues {
        var values: TemplateValues = [
            "is_required": registration.isRequired == true,
            "is_optional": registration.isRequired == false,
        ]
        if let url = registration.url { values["url"] = url }
        if let phone = registration.phone { values["phone"] = PostalValues.phoneValues(phone) }
        if let email = registration.email { values["email"] = email }
        if let deadline = registration.deadline {
            values["deadline"] = ["iso": deadline.description, "long": FrenchDate.long(deadline.date)]
        }
        return values
    }
}
