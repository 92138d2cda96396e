import Foundation
import Templates

/// What `partials/meta` needs for a page besides its title and URLs: Open Graph values and the feeds to advertise.
///
/// Templates read it as `page.meta` (`page.meta.og_type`, `page.meta.image`, `page.meta.feeds`).
struct PageMeta {
    let site: ResolvedSite

    /// The values of a content page, or of a page a feature generates (`page` nil).
    func values(for page: Page?) -> TemplateValues {
        let config = site.config
        var values: TemplateValues = [
            "og_type": .text(page.map(isArticle) == true ? "article" : "website"),
            "og_locale": .text(Self.openGraphLocale(config.language)),
            "feeds": .groups(NewsFeed.all(in: site).map { feed -> TemplateValues in
                ["title": .text(feed.title(in: site)), "url": .text(config.baseURL.sitePath(feed.path))]
            }),
        ]
        // site.yml's logo is checked to be a file of static/.
        if let logo = config.logo { values["image"] = .text(config.baseURL.absolute(logo.value)) }
        if let page, isArticle(page), let date = page.date {
            values["published"] = .text(Timestamp.rfc3339(date, in: config.timeZone))
            if let updated = page.updated { values["modified"] = .text(Timestamp.rfc3339(updated, in: config.timeZone)) }
        }
        return values
    }

    /// A news item is an article; every other page describes the CLSM.
    private func isArticle(_ page: Page) -> Bool {
        page.kind == .news && !page.isSectionPage
    }

    /// Open Graph writes locales as `fr_FR`.
    static func openGraphLocale(_ language: String) -> String {
        let known = ["fr": "fr_FR", "en": "en_GB", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL"]
        return known[language.lowercased()] ?? language.replacingOccurrences(of: "-", with: "_")
    }
}
