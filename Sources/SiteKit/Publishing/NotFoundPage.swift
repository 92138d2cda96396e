import Templates

/// The page a host shows for an address that leads nowhere: `404.html` at the root of the output,
/// laid out by the theme's `404` layout (else its `page` layout) so that it looks like the rest of the site.
enum NotFoundPage {
    /// Its path below the output; GitHub Pages and GitLab Pages serve this file for unknown addresses.
    static let urlPath = "404.html"

    /// The generated page of a site published at `base`. The host serves it at any address,
    /// so its links are site paths, never relative ones.
    static func page(base: BaseURL) -> GeneratedPage {
        let home = HTMLEscaping.escape(base.path)
        let content = """
            <p>Cette adresse ne correspond à aucune page du site\u{00A0}: la page a peut-être été déplacée ou supprimée, \
            ou l’adresse contient une faute de frappe.</p>
            <p><a href="\(home)">Retour à la page d’accueil</a></p>

            """
        var page = GeneratedPage(urlPath: urlPath, title: "Page introuvable", layout: "404",
                                 values: ["noindex": true, "content": .text(content)])
        page.fallbackLayout = "page"
        return page
    }
}
