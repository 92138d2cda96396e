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
