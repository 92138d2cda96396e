import Templates

/// « Rechercher » (`/recherche/`) for a site with `search: true`: without JavaScript, the ways through the site (the
/// guide's indexes, the agenda, the site map); with it, the theme's script shows Pagefind's results as one types.
struct SearchFeature: SiteFeature {
    /// The page's address.
    static let urlPath = "recherche/"

    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        guard site.config.search != nil,
              let theme = environment.themeDirectory, FileSystem.isFile(theme + "/layouts/search.mustache") else { return [] }
        let english = site.config.language == "en"
        let paths = GuidePaths(config: site.config)
        var links: [(String, String)] = []
        if site.generatedByURLPath[paths.root] != nil || site.pageByURLPath[paths.root] != nil {
            links += english
                ? [("The resource guide", paths.root), ("By category", paths.categories), ("By commune", paths.communes),
                   ("By public", paths.publics), ("A to Z", paths.aToZ)]
                : [("Le guide des ressources", paths.root), ("Par catégorie", paths.categories), ("Par commune", paths.communes),
                   ("Par public", paths.publics), ("De A à Z", paths.aToZ)]
            if GuideFeature.hasMap(site) { links.append((english ? "Map of resources" : "Carte des ressources", paths.map)) }
        }
        if site.generatedByURLPath["agenda/"] != nil || site.pageByURLPath["agenda/"] != nil {
            links.append(("Agenda", "agenda/"))
        }
        if FileSystem.isFile(theme + "/layouts/sitemap.mustache") {
            links.append((english ? "Site map" : "Plan du site", "plan-du-site/"))
        }
        let values: TemplateValues = ["links": .groups(links.map { title, path in
            ["title": .text(environment.french.text(title)), "url": .text(site.config.baseURL.sitePath(path))]
        })]
        return [GeneratedPage(urlPath: Self.urlPath, title: english ? "Search" : "Rechercher", layout: "search",
                              description: english ? "Search the whole site." : "Rechercher dans tout le site.",
                              values: ["search": .group(values)], parentURLPath: "")]
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        []
    }
}
