import Foundation
import Templates

/// The keys an event adds to a page (`start`, `type`, `commune`…), checked and typed.
struct EventDetails: PageDetails, KindValues {
    /// When it takes place.
    let schedule: EventSchedule
    /// What kind of event it is.
    let type: EventType
    /// The venue's name (« Cinéma du centre-ville, salle 2 »).
    let place: String?
    /// The street address.
    let address: String?
    /// The commune.
    let commune: String
    /// Who organises it.
    let organisers: [String]
    /// Who takes part with them.
    let partners: [String]
    /// Ids of the publics it is for (`adultes`, `tous`…).
    let publics: [String]
    /// `free: true`.
    let isFree: Bool
    /// The price as written (« 8 €, 5 € tarif réduit »).
    let price: String?
    /// How to register, when it says.
    let registration: EventRegistration?
    /// Ids of the disabilities the venue welcomes (`moteur`…), in the vocabulary's order.
    let accessibility: [String]
    /// Whether it takes place as announced.
    let status: EventStatus
    /// The URL of an online session.
    let online: String?
    /// Where it is on a map.
    let coordinates: Coordinates?
    /// The SISM edition year the editor gave (`sism: 2025`).
    let sismYear: Int?

    /// A point in WGS84, with the numbers as the editor wrote them.
    struct Coordinates: Sendable, Equatable {
        let latitude: Double
        let longitude: Double
        let latitudeText: String
        let longitudeText: String

        /// An OpenStreetMap link centred on the point, with a marker.
        var mapURL: String {
            "https://www.openstreetmap.org/?mlat=\(latitudeText)&mlon=\(longitudeText)#map=17/\(latitudeText)/\(longitudeText)"
        }
    }

    /// True when it has a venue to go to (a place or an address): with `online`, it is a mixed event.
    var hasVenue: Bool { place != nil || address != nil }

    /// The venue as one line, for calendars: place, address and commune (« Salle des fêtes, Marly »);
    /// the online session's URL for an event with no venue.
    var locationLine: String {
        if !hasVenue, let online { return online }
        return ([place, address].compactMap { $0 } + [commune]).joined(separator: ", ")
    }

    func templateValues(_ environment: RenderEnvironment) -> TemplateValues {
        EventValues(details: self, environment: environment).values
    }
}
