import FrenchText

/// The Atom feed of one news section: `actualites/` by default, any folder `sections:` maps to `news`.
struct NewsFeed {
    /// The section's own page.
    let section: ResolvedPage
    /// The section's folder below `content/` (`actualites`).
    let folder: String

    /// Where the feed is written below the output (`actualites/atom.xml`).
    var path: String { section.urlPath + "atom.xml" }

    /// What feed readers show as its name: « Actualités – CLSM du territoire messin ».
    func title(in site: ResolvedSite) -> String {
        section.page.title + " – " + site.config.title
    }

    /// The feed of every news section the site has, in folder order.
    static func all(in site: ResolvedSite) -> [NewsFeed] {
        let folders = site.config.sections.filter { $0.value == .news }.keys.sorted()
        return folders.compactMap { folder in
            site.pageByContentPath[folder + "/index.md"].map { NewsFeed(section: site.pages[$0], folder: folder) }
        }
    }

    /// The section's news, newest first (then by title, then by file).
    func entries(in site: ResolvedSite) -> [ResolvedPage] {
        let zone = site.config.timeZone
        let news = site.pages.filter { entry in
            entry.page.kind == .news && !entry.page.isSectionPage && entry.page.contentPath.hasPrefix(folder + "/")
        }
        return news.sorted { a, b in
            let first = a.page.date.map { ZonedTime.instant(of: $0, in: zone) }
            let second = b.page.date.map { ZonedTime.instant(of: $0, in: zone) }
            if first != second { return (first ?? .distantPast) > (second ?? .distantPast) }
            if a.page.title != b.page.title { return FrenchCollation.areInIncreasingOrder(a.page.title, b.page.title) }
            return a.page.contentPath < b.page.contentPath
        }
    }
}
