/// Where an event stands against the build's "now".
enum EventPhase: String, Sendable {
    /// Not started yet.
    case upcoming
    /// Started and not finished (an exhibition running): listed with the upcoming ones.
    case ongoing
    /// Finished.
    case past

    /// True for events listed under « À venir ».
    var isAhead: Bool { self != .past }

    /// « En cours » for a running event; nil otherwise (the list's heading already says the rest).
    var label: String? { self == .ongoing ? "En cours" : nil }
}
