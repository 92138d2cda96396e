import FrenchText

/// One entry of the guide: a published resource page whose category the vocabulary knows. A class: the indexes,
/// groups and exports list the same entries many times over, and a reference is 8 bytes where the entry is hundreds.
final class GuideEntry: Sendable {
    /// The page's title.
    let title: String
    /// Its one-sentence summary.
    let description: String?
    /// Its URL path (`guide/cmp-metz-centre/`).
    let urlPath: String
    /// Its id in the exports: the URL path below the guide, without the final slash (`cmp-metz-centre`).
    let id: String
    /// Its checked keys.
    let details: ResourceDetails
    /// Its category.
    let category: GuideCategory
    /// The key it is sorted by: French collation of the title, leading quotes and dashes left out.
    let sortKey: String
    /// The slugs of the communes it is located in (first) or serves, each once.
    let communeSlugs: [String]

    /// The slug of the commune it is located in.
    var communeSlug: String { communeSlugs[0] }

    init(title: String, description: String?, urlPath: String, paths: GuidePaths, details: ResourceDetails, category: GuideCategory) {
        self.title = title
        self.description = description
        self.urlPath = urlPath
        let relative = urlPath.hasPrefix(paths.root) ? urlPath.dropFirst(paths.root.count) : Substring(urlPath)
        self.id = String(relative.hasSuffix("/") ? relative.dropLast() : relative)
        self.details = details
        self.category = category
        self.sortKey = String(FrenchCollation.key(title).drop { !($0.isLetter || $0.isNumber) })
        var slugs = [GuidePaths.communeSlug(details.commune)]
        for slug in details.sector.map(GuidePaths.communeSlug) where !slugs.contains(slug) {
            slugs.append(slug)
        }
        self.communeSlugs = slugs
    }

    /// French alphabetical order of titles, accents and case aside; the URL settles equal titles.
    static func inFrenchOrder(_ a: GuideEntry, _ b: GuideEntry) -> Bool {
        if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
        if a.title != b.title { return FrenchCollation.areInIncreasingOrder(a.title, b.title) }
        return a.urlPath < b.urlPath
    }
}
