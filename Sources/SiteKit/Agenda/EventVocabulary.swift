/// The kinds of event an agenda knows (`type:`), with the words a visitor reads.
enum EventType: String, CaseIterable, Sendable {
    case cineDebat = "cine-debat"
    case conference
    case tableRonde = "table-ronde"
    case exposition
    case atelier
    case portesOuvertes = "portes-ouvertes"
    case stand
    case marche
    case theatre
    case cafeDebat = "cafe-debat"
    case autre

    /// « Ciné-débat ».
    var label: String {
        switch self {
        case .cineDebat: return "Ciné-débat"
        case .conference: return "Conférence"
        case .tableRonde: return "Table ronde"
        case .exposition: return "Exposition"
        case .atelier: return "Atelier"
        case .portesOuvertes: return "Portes ouvertes"
        case .stand: return "Stand d’information"
        case .marche: return "Marche"
        case .theatre: return "Théâtre"
        case .cafeDebat: return "Café-débat"
        case .autre: return "Autre rencontre"
        }
    }
}

/// Whether an event takes place as announced (`status:`).
enum EventStatus: String, CaseIterable, Sendable {
    case scheduled
    case full
    case postponed
    case cancelled

    /// What a visitor reads beside the title; nil when the event simply takes place.
    var label: String? {
        switch self {
        case .scheduled: return nil
        case .full: return "Complet"
        case .postponed: return "Reporté"
        case .cancelled: return "Annulé"
        }
    }

    /// The schema.org `eventStatus`: a full event still takes place.
    var schemaOrg: String {
        switch self {
        case .scheduled, .full: return "https://schema.org/EventScheduled"
        case .postponed: return "https://schema.org/EventPostponed"
        case .cancelled: return "https://schema.org/EventCancelled"
        }
    }

    /// The iCalendar `STATUS`: a postponed event's date is no longer sure.
    var iCalendar: String {
        switch self {
        case .scheduled, .full: return "CONFIRMED"
        case .postponed: return "TENTATIVE"
        case .cancelled: return "CANCELLED"
        }
    }
}

/// Word lists shared by the keys of an event: publics and the accessibility of the venue.
enum EventVocabulary {
    /// The publics of the resource vocabulary, with what a visitor reads.
    static let publics: [(id: String, label: String)] = [
        ("adultes", "Adultes"), ("adolescents", "Adolescents"), ("enfants", "Enfants"),
        ("familles", "Familles"), ("seniors", "Seniors"), ("tous", "Tout public"),
    ]

    /// The disabilities a venue can welcome.
    static let accessibility: [(id: String, label: String)] = [
        ("moteur", "handicap moteur"), ("auditif", "handicap auditif"), ("visuel", "handicap visuel"),
        ("psychique", "handicap psychique"), ("intellectuel", "handicap intellectuel"),
    ]

    /// The label of `id` in `list`; the id itself when it is not there.
    static func label(of id: String, in list: [(id: String, label: String)]) -> String {
        list.first { $0.id == id }?.label ?? id
    }
}
