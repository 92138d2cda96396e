import Templates

/// The pages every public site owes its visitors, made from site.yml: « Mentions légales », « Accessibilité »,
/// « Schéma pluriannuel de mise en accessibilité » (when `accessibility.plan` is given) and « Plan du site ». A content
/// file at the same URL replaces one (and still reads `site.legal`…). Each is made when the theme has its layout
/// (`legal`, `accessibility`, `accessibility-plan`, `sitemap`): a theme without them, such as a test theme, gets none.
///
/// It also checks that the logos site.yml names are files of `static/`.
struct InstitutionalPages: SiteFeature {
    /// The URL paths of the pages, by the name of the `site.<name>_url` value that links to them.
    static let urlPaths: [(String, String)] = [
        ("legal", "mentions-legales/"), ("accessibility", "accessibilite/"),
        ("accessibility_plan", "accessibilite/schema-pluriannuel/"), ("sitemap", "plan-du-site/"),
    ]

    /// Titles and summaries of the pages in each language a site may be written in.
    private static let wording: [String: [String: (title: String, description: String)]] = [
        "fr": [
            "legal": ("Mentions légales", "Éditeur, directeur de la publication et hébergeur du site."),
            "accessibility": ("Accessibilité", "Déclaration d’accessibilité du site au regard du RGAA."),
            "accessibility_plan": ("Schéma pluriannuel de mise en accessibilité",
                                   "Les actions prévues, année par année, pour rendre le site accessible."),
            "sitemap": ("Plan du site", "Toutes les pages du site."),
        ],
        "en": [
            "legal": ("Legal notice", "Publisher, publication director and host of the site."),
            "accessibility": ("Accessibility", "The site’s accessibility statement under the French RGAA."),
            "accessibility_plan": ("Multi-year accessibility plan", "What will be done, year by year, to make the site accessible."),
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
        for (name, urlPath) in Self.urlPaths where name != "sitemap" && themeHas(Self.layout(of: name)) && has(name, site.config) {
            let parent = name == "accessibility_plan" && themeHas("accessibility") ? "accessibilite/" : ""
            pages.append(GeneratedPage(urlPath: urlPath, title: words[name]?.title ?? name, layout: Self.layout(of: name),
                                       description: words[name]?.description, parentURLPath: parent))
        }
        // The map lists the pages of the features that ran before this one, and the pages above.
        guard themeHas("sitemap") else { return pages }
        let listed = pages.filter { site.pageByURLPath[$0.urlPath] == nil }
        let map = SiteMapTree(site: site, extraPages: listed, french: environment.french).values()
        pages.append(GeneratedPage(urlPath: "plan-du-site/", title: words["sitemap"]?.title ?? "sitemap", layout: "sitemap",
                                   description: words["sitemap"]?.description, values: ["sitemap": .groups(map)], parentURLPath: ""))
        return pages
    }

    /// The layout of the page named `name` in `urlPaths`.
    private static func layout(of name: String) -> String {
        name.replacingOccurrences(of: "_", with: "-")
    }

    /// Whether site.yml gives what the page named `name` shows.
    private func has(_ name: String, _ config: SiteConfig) -> Bool {
        switch name {
        case "legal": config.legal != nil
        case "accessibility_plan": config.accessibility.plan != nil
        default: true
        }
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
