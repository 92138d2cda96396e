/// The publics an entry welcomes (`publics:`), with the words a visitor reads.
enum GuideAudience {
    /// The id that puts an entry under every public; it has no index of its own.
    static let everyone = "tous"

    /// Every public that has an index, in the order of life: children first.
    static let all: [(id: String, label: String, title: String)] = [
        ("enfants", "Enfants", "Ressources pour les enfants"),
        ("adolescents", "Adolescents", "Ressources pour les adolescents"),
        ("adultes", "Adultes", "Ressources pour les adultes"),
        ("seniors", "Personnes âgées", "Ressources pour les personnes âgées"),
        ("familles", "Familles et proches", "Ressources pour les familles et les proches"),
    ]

    /// The ids an editor may write.
    static let ids = all.map(\.id) + [everyone]

    /// The label of `id` (`tous` → « Tout public »).
    static func label(_ id: String) -> String {
        id == everyone ? "Tout public" : all.first { $0.id == id }?.label ?? id
    }

    /// The publics whose index lists an entry written with `publics`: all of them for `tous`.
    static func indexed(_ publics: [String]) -> [String] {
        publics.contains(everyone) ? all.map(\.id) : all.map(\.id).filter(publics.contains)
    }
}
