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
