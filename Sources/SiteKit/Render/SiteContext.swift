import FrenchText
import Templates

/// The `site` values every template receives, computed once per build.
///
/// Every text a visitor reads is typeset here (French spacing), every phone number formatted and linked.
struct SiteContext {
    /// The dictionary templates read as `site.…`, without the per-page `menu`.
    let values: TemplateValues
    private let french: FrenchStyle

    /// The values of `site`, with `defaultEmergency` (the theme's national numbers) when site.yml has no `emergency`.
    init(site: ResolvedSite, defaultEmergency: [EmergencyNumber], french: FrenchStyle) {
        let config = site.config
        var values: TemplateValues = [:]
        values["title"] = .text(french.text(config.title))
        if let description = config.description { values["description"] = .text(french.text(description)) }
        values["language"] = .text(config.language)
        values["url"] = .text(config.baseURL.description)
        values["root"] = .text(config.baseURL.path)
        if let logo = config.logo { values["logo"] = .text(config.baseURL.sitePath(logo.value)) }
        values["contact"] = .group(Self.contact(config.contact, french: french))
        if let territory = config.territory { values["territory"] = .group(territory.templateValues(french)) }
        values["carrier"] = .texts(config.carrier.map(french.text))
        values["has_carrier"] = .bool(!config.carrier.isEmpty)
        values["partners"] = .groups(config.partners.map { $0.templateValues(french, baseURL: config.baseURL) })
        values["has_partners"] = .bool(!config.partners.isEmpty)
        if let legal = config.legal { values["legal"] = .group(legal.templateValues(french)) }
        values["accessibility"] = .group(config.accessibility.templateValues(french))
        let emergency = (config.emergency ?? defaultEmergency).map { $0.templateValues(french) }
        values["emergency"] = .groups(emergency)
        values["has_emergency"] = .bool(!emergency.isEmpty)
        values["params"] = .group(TemplateValue.from(config.params.values))
        if !config.params.cssDeclarations.isEmpty { values["theme_css"] = .text(config.params.cssDeclarations) }
        for (key, urlPath) in InstitutionalPages.urlPaths where site.pageByURLPath[urlPath] != nil || site.generatedByURLPath[urlPath] != nil {
            values[key + "_url"] = .text(config.baseURL.sitePath(urlPath))
        }
        if let map = config.guideMap {
            // What the legal page and the accessibility statement say each map loads, and from where.
            let described = { (path: String) -> TemplateValue in
                ["url": .text(config.baseURL.sitePath(path)), "host": .text(map.host), "provider": .text(french.text(map.provider))]
            }
            if GuideFeature.hasMap(site) { values["map"] = described(GuidePaths(config: config).map) }
            if NetworkFeature.directoryShowsMap(site) { values["members_map"] = described(NetworkPages.directoryPath) }
        }
        values.merge(Self.guide(site, french: french)) { _, new in new }
        if site.generatedByURLPath[SearchFeature.urlPath] != nil || site.generatedAtContentURLs[SearchFeature.urlPath] != nil {
            values["search_url"] = .text(config.baseURL.sitePath(SearchFeature.urlPath))
        }
        let news = Self.latestNews(site, french: french)
        values["latest_news"] = .groups(news)
        values["has_latest_news"] = .bool(!news.isEmpty)
        if let section = site.pages.first(where: { $0.page.kind == .news && !$0.page.isSectionPage })?.parent {
            values["news_url"] = .text(config.baseURL.sitePath(site.pages[section].urlPath))
        }
        self.values = values
        self.french = french
    }

    /// The values of `site`, made once per resolved site: every render of it (a build's, then `clsm serve`'s after body
    /// edits) has the same theme.
    static func of(_ site: ResolvedSite, theme: Theme, french: FrenchStyle) -> SiteContext {
        site.siteContext.value { SiteContext(site: site, defaultEmergency: theme.emergencyNumbers, french: french) }
    }

    /// `site` for one page, where the menu marks the entry of the page's section as current, and the menu's state
    /// (each entry's `current` and `exact`): two pages with the same state have the same `site`.
    func page(at urlPath: String, menu: [ResolvedMenuEntry]) -> (values: TemplateValues, menuState: [Bool]) {
        var values = self.values
        var state: [Bool] = []
        values["menu"] = .groups(menu.map { entry -> TemplateValues in
            let current = entry.urlPath.map { target in
                target.isEmpty ? urlPath.isEmpty : urlPath.hasPrefix(target)
            } ?? false
            let exact = entry.urlPath == urlPath
            state += [current, exact]
            return ["title": .text(french.text(entry.title)), "url": .text(entry.href), "current": .bool(current), "exact": .bool(exact)]
        })
        return (values, state)
    }

    /// How many news items the home page lists.
    static let latestNewsCount = 3

    /// `guide_url`, `guide_categories` (`title`, `url`: the categories that have entries) and `has_guide_categories`, when the site has a guide:
    /// the home page's way into it.
    private static func guide(_ site: ResolvedSite, french: FrenchStyle) -> TemplateValues {
        let paths = GuidePaths(config: site.config)
        guard site.generatedByURLPath[paths.root] != nil || site.generatedAtContentURLs[paths.root] != nil else { return [:] }
        let categories = site.generatedPages.filter { $0.parentURLPath == paths.categories }.map { page -> TemplateValues in
            ["title": .text(french.text(page.title)), "url": .text(site.config.baseURL.sitePath(page.urlPath))]
        }
        return ["guide_url": .text(site.config.baseURL.sitePath(paths.root)), "guide_categories": .groups(categories),
                "has_guide_categories": .bool(!categories.isEmpty)]
    }

    private static func contact(_ contact: Contact, french: FrenchStyle) -> TemplateValues {
        var values = PostalValues.make(name: contact.name, address: contact.address, phone: contact.phone, french: french)
        if let email = contact.email { values["email"] = .text(email) }
        return values
    }

    /// The newest news items, newest first: `title`, `url`, `description`, `date.iso`/`date.long`.
    private static func latestNews(_ site: ResolvedSite, french: FrenchStyle) -> [TemplateValues] {
        let dated = site.pages.compactMap { entry -> (ResolvedPage, LocalDateTime)? in
            guard entry.page.kind == .news, !entry.page.isSectionPage, let date = entry.page.date else { return nil }
            return (entry, date)
        }
        let newest = dated.sorted { a, b in
            let x = ZonedTime.instant(of: a.1, in: site.config.timeZone), y = ZonedTime.instant(of: b.1, in: site.config.timeZone)
            return x != y ? x > y : a.0.urlPath < b.0.urlPath
        }
        return newest.prefix(latestNewsCount).map { entry, date in
            var values: TemplateValues = [
                "title": .text(french.text(entry.page.title)),
                "url": .text(site.config.baseURL.sitePath(entry.urlPath)),
                "date": ["iso": .text(date.description), "long": .text(french.longDate(date))],
            ]
            if let description = entry.page.description { values["description"] = .text(french.text(description)) }
            return values
        }
    }
}
