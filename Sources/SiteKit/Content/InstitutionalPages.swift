import Templates

/// The pages every public site owes its visitors, made from site.yml: « Mentions légales », « Accessibilité »
/// and « Plan du site ». A content file at the same URL replaces one (and still reads `site.legal`…).
/// Each is made when the theme has its layout (`legal`, `accessibility`, `sitemap`): a theme without
/// them, such as a test theme, gets none.
///
/// It also checks that the logos site.yml names are files of `static/`.
struct InstitutionalPages: SiteFeature {
    /// The URL paths of the pages, by the name of the `site.<name>_url` value that links to them.
    static let urlPaths: [(String, String)] = [
        ("legal", "mentions-legales/"), ("accessibility", "accessibilite/"), ("sitemap", "plan-du-site/"),
    ]

    /// Titles and summaries of the pages in each language a site may be written in.
    private static let wording: [String: [String: (title: String, description: String)]] = [
        "fr": [
            "legal": ("Mentions légales", "Éditeur, directeur de la publication et hébergeur du site."),
            "accessibility": ("Accessibilité", "Déclaration d’accessibilité du site au regard du RGAA."),
            "sitemap": ("Plan du site", "Toutes les pages du site."),
        ],
        "en": [
            "legal": ("Legal notice", "Publisher, publication director and host of the site."),
            "accessibility": ("Accessibility", "The site’s accessibility statement under the French RGAA."),
            "sitemap": ("Site map", "Every page of the site."),
        ],
    ]

    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        checkLogos(site, log: &log)
        let words = Self.wording[site.config.language] ?? Self.wording["fr"] ?? [:]
        let themeHas = { (layout: String) in
            environment.themeDirectory.map { FileSystem.isFile($0 + "/layouts/" + layout + ".mustache") } ?? false
        }
        var pages: [GeneratedPage] = []
        for (name, urlPath) in Self.urlPaths
        where name != "sitemap" && themeHas(name) && (name != "legal" || site.config.legal != nil) {
            pages.append(GeneratedPage(urlPath: urlPath, title: words[name]?.title ?? name, layout: name,
                                       description: words[name]?.description, parentURLPath: ""))
        }
        // The map lists the pages of the features that ran before this one, and the pages above.
        guard themeHas("sitemap") else { return pages }
        let listed = pages.filter { site.pageByURLPath[$0.urlPath] == nil }
        let map = SiteMapTree(site: site, extraPages: listed, french: environment.french).values()
        pages.append(GeneratedPage(urlPath: "plan-du-site/", title: words["sitemap"]?.title ?? "sitemap", layout: "sitemap",
                                   description: words["sitemap"]?.description, values: ["sitemap": .groups(map)], parentURLPath: ""))
        return pages
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        []
    }

    private func checkLogos(_ site: ResolvedSite, log: inout DiagnosticLog) {
        let logos = [site.config.logo] + site.config.partners.map(\.logo)
        for case let logo? in logos where site.staticFiles[logo.value] == nil {
            log.error(.logoNotStatic(logo.value), at: logo.location)
        }
    }
}
