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
