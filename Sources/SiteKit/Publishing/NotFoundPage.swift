/// The page a host shows for an address that leads nowhere: `404.html` at the root of the output,
/// laid out by the theme's `404` layout so that it looks like the rest of the site.
enum NotFoundPage {
    /// Its path below the output; GitHub Pages and GitLab Pages serve this file for unknown addresses.
    static let urlPath = "404.html"

    /// The generated page. Its links must be site paths (`{{site.root}}`): the host serves it at any address.
    static func page() -> GeneratedPage {
        GeneratedPage(urlPath: urlPath, title: "Page introuvable", layout: "404",
                      values: ["noindex": true, "is_not_found": true])
    }
}
