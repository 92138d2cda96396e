import SiteKit

/// The front matter of a new content file (`clsm new page|action|news|resource|event "Titre"`), for each kind:
/// the required keys filled in, the useful optional ones present. `{{title}}` is the title as a YAML string,
/// `{{today}}` today's date.
enum PageTemplate {
    /// The text of a new file of `kind` (`page`, `action`, `news`, `resource`, `event`).
    static func text(for kind: String) -> String? {
        guard let keys = keys[kind] else { return nil }
        return "---\ntitle: {{title}}\n# description: \"Une phrase de résumé.\"\n" + keys + "---\n\n" + Placeholders.bodyText + "\n"
    }

    private static let keys: [String: String] = [
        "page": "",
        "action": """
            theme: sensibilisation
            status: planned
            # since: 2025
            # partners: ["Centre hospitalier"]
            # publics: [adultes]

            """,
        "news": """
            date: {{today}}

            """,
        "resource": """
            category: autre
            commune: "\(Placeholders.unspecified)"
            # address: "1 rue de l'Exemple"
            # postal_code: "00000"
            # phone: "01 99 00 00 00"
            # email: "accueil@exemple.fr"
            # website: "https://www.exemple.fr/"
            # hours: "Mo-Fr 09:00-17:00"
            # publics: [adultes]
            updated: {{today}}

            """,
        "event": """
            start: {{today}} 18:30
            # end: {{today}} 20:00
            type: autre
            # place: "Salle des fêtes"
            commune: "\(Placeholders.unspecified)"
            # free: true

            """,
    ]
}
