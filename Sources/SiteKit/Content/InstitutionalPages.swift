/// The pages every public site owes its visitors, made from site.yml: « Mentions légales », « Accessibilité »
/// and « Plan du site ». A content file at the same URL replaces one (and still reads `site.legal`…).
///
/// It also checks that the logos site.yml names are files of `static/`.
struct InstitutionalPages: SiteFeature {
    /// The URL paths of the pages, by the name of the `site.<name>_url` value that links to them.
    static let urlPaths: [(String, String)] = [
        ("legal", "mentions-legales/"), ("accessibility", "accessibilite/"), ("sitemap", "plan-du-site/"),
    ]
    private static let legalPath = "mentions-legales/", accessibilityPath = "accessibilite/", sitemapPath = "plan-du-site/"

    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        checkLogos(site, log: &log)
        var pages: [GeneratedPage] = []
        if site.config.legal != nil {
            pages.append(GeneratedPage(urlPath: Self.legalPath, title: "Mentions légales", layout: "legal",
                                       description: "Éditeur, directeur de la publication et hébergeur du site.", parentURLPath: ""))
        }
        pages.append(GeneratedPage(urlPath: Self.accessibilityPath, title: "Accessibilité", layout: "accessibility",
                                   description: "Déclaration d’accessibilité du site au regard du RGAA.", parentURLPath: ""))
        // The map lists the pages of features that ran before this one, and the two pages above.
        let listed = pages.filter { site.pageByURLPath[$0.urlPath] == nil }
        let map = SiteMapTree(site: site, extraPages: listed, french: environment.french).values()
        pages.append(GeneratedPage(urlPath: Self.sitemapPath, title: "Plan du site", layout: "sitemap",
                                   description: "Toutes les pages du site.", values: ["sitemap": map], parentURLPath: ""))
        return pages
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        []
    }

    private func checkLogos(_ site: ResolvedSite, log: inout DiagnosticLog) {
        let logos = [site.config.logo] + site.config.partners.map(\.logo)
        for case let logo? in logos where site.staticFiles[logo.value] == nil {
            log.error("`logo` names `\(logo.value)`, which is not a file of static/", at: logo.location)
        }
    }
}
