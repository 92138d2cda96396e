/// One entry as the exports carry it: every key always present (`null` when not given), text as written.
struct GuideRecord {
    /// The entry.
    let entry: GuideEntry
    /// Its absolute URL.
    let url: String

    /// The record's members, in any order (they are written sorted).
    var tree: JSONTree {
        let details = entry.details
        return [
            "id": .string(entry.id),
            "url": .string(url),
            "title": .string(entry.title),
            "description": .string(entry.description),
            "category": .string(entry.category.id),
            "category_label": .string(entry.category.label),
            "commune": .string(details.commune),
            "address": .string(details.address),
            "postal_code": .string(details.postalCode),
            "phone": .string(details.phone?.display),
            "phone_uri": .string(details.phone?.telURI),
            "email": .string(details.email),
            "website": .string(details.website),
            "hours": .string(details.hours),
            "publics": .strings(details.publics),
            "age_min": .int(details.ageMin),
            "age_max": .int(details.ageMax),
            "access": .string(details.access),
            "cost": .string(details.cost?.rawValue),
            "sector": .strings(details.sector),
            "lat": .double(details.coordinates?.latitude),
            "lon": .double(details.coordinates?.longitude),
            "emergency": .bool(details.isEmergency),
            "updated": .string(details.lastChecked?.value.description),
        ]
    }
}
