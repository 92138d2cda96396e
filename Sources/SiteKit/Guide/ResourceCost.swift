/// What using a resource costs (`cost:`).
enum ResourceCost: String, Sendable, CaseIterable {
    case free
    case conditional
    case paid
    case membership

    /// What a visitor reads.
    var label: String {
        switch self {
        case .free: return "Gratuit"
        case .conditional: return "Gratuit ou pris en charge sous conditions"
        case .paid: return "Payant"
        case .membership: return "Sur adhésion"
        }
    }
}
