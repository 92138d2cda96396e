import FrenchText

/// A commune of the guide: the entries located in it, and apart those whose sector serves it.
struct GuideCommune: Sendable {
    /// The name as editors write it most often.
    let name: String
    /// Its URL segment.
    let slug: String
    /// Entries located in the commune, in French order.
    let located: [GuideEntry]
    /// Entries located elsewhere whose `sector` serves the commune, in French order.
    let served: [GuideEntry]
}

/// The guide of a site: its entries sorted, and grouped by category, commune and public.
struct Guide: Sendable {
    /// Where its pages are.
    let paths: GuidePaths
    /// Its categories.
    let vocabulary: GuideVocabulary
    /// Every entry, in French order.
    let entries: [GuideEntry]
    /// Every commune an entry is located in or serves, in French order.
    let communes: [GuideCommune]
    /// The entries of each category (id) located in each commune (slug), in French order.
    private let byCategoryAndCommune: [String: [GuideEntry]]

    /// A guide of `entries` (in French order), its groups made once.
    init(paths: GuidePaths, vocabulary: GuideVocabulary, entries: [GuideEntry]) {
        self.paths = paths
        self.vocabulary = vocabulary
        self.entries = entries
        self.communes = Self.communes(of: entries)
        self.byCategoryAndCommune = Dictionary(grouping: entries) { $0.category.id + "/" + $0.communeSlug }
    }

    /// The guide of `site`, nil when the site has none; entries whose category is unknown are reported in `log` and left out.
    static func build(site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> Guide? {
        let paths = GuidePaths(config: site.config)
        let resources = site.pages.filter { $0.page.kind == .resource && !$0.page.isSectionPage }
        // Without a theme (reported on its own) the vocabulary is unknown: checking categories would only repeat that error.
        guard !resources.isEmpty || site.pageByURLPath[paths.root] != nil, environment.themeDirectory != nil else { return nil }
        let vocabulary = GuideVocabulary.load(themeDirectory: environment.themeDirectory, themeName: site.config.theme.value,
                                              config: site.config, log: &log)
        guard !vocabulary.categories.isEmpty || resources.isEmpty else {
            // One message for the cause, not one for each entry.
            log.error(.guideWithoutCategories(theme: site.config.theme.value, file: GuideVocabulary.themeFile),
                      at: site.config.theme.location)
            return nil
        }
        for category in site.categoriesOfEntriesInError where !vocabulary.categories.isEmpty {
            _ = vocabulary.category(category, log: &log)
        }
        var listed: [(resource: ResolvedPage, details: ResourceDetails, category: GuideCategory)] = []
        for resource in resources {
            guard let details = resource.page.details as? ResourceDetails else { continue }
            guard let category = vocabulary.category(details.category, log: &log) else { continue }
            listed.append((resource, details, category))
        }
        // An entry's French sort key is the costly part, and each is its own.
        let entries = ParallelWork.map(count: listed.count, jobs: environment.jobs) { [listed] index in
            let (resource, details, category) = listed[index]
            return GuideEntry(title: resource.page.title, description: resource.page.description, urlPath: resource.urlPath,
                              paths: paths, details: details, category: category)
        }
        return Guide(paths: paths, vocabulary: vocabulary, entries: entries.sorted(by: GuideEntry.inFrenchOrder))
    }

    /// The categories that have entries, in the vocabulary's order, with their entries.
    var categories: [(category: GuideCategory, entries: [GuideEntry])] {
        vocabulary.categories.compactMap { category in
            let listed = entries.filter { $0.category.id == category.id }
            return listed.isEmpty ? nil : (category, listed)
        }
    }

    /// The publics that have entries, `tous` counting for each, with their entries.
    var audiences: [(id: String, label: String, title: String, entries: [GuideEntry])] {
        GuideAudience.all.compactMap { audience in
            let listed = entries.filter { GuideAudience.indexed($0.details.publics).contains(audience.id) }
            return listed.isEmpty ? nil : (audience.id, audience.label, audience.title, listed)
        }
    }

    /// The communes of `entries`, each named as editors write it most often, with its entries in their order.
    private static func communes(of entries: [GuideEntry]) -> [GuideCommune] {
        var spellings: [String: [String: Int]] = [:]
        var located: [String: [GuideEntry]] = [:]
        var served: [String: [GuideEntry]] = [:]
        for entry in entries {
            for name in [entry.details.commune] + entry.details.sector {
                spellings[GuidePaths.communeSlug(name), default: [:]][name, default: 0] += 1
            }
            located[entry.communeSlug, default: []].append(entry)
            for slug in entry.communeSlugs.dropFirst() { served[slug, default: []].append(entry) }
        }
        let communes = spellings.map { slug, names -> GuideCommune in
            let name = names.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? slug
            return GuideCommune(name: name, slug: slug, located: located[slug] ?? [], served: served[slug] ?? [])
        }
        return communes.sorted { FrenchCollation.areInIncreasingOrder($0.name, $1.name) }
    }

    /// How many entries an entry's page lists as related: a bound, so that each page costs the same however large the guide.
    static let relatedLimit = 6

    /// The first `relatedLimit` other entries of the same category in the same commune as `entry`, in the guide's
    /// order, and whether there are more.
    func related(to entry: GuideEntry) -> (entries: [GuideEntry], hasMore: Bool) {
        let others = (byCategoryAndCommune[entry.category.id + "/" + entry.communeSlug] ?? []).lazy.filter { $0.urlPath != entry.urlPath }
        let first = Array(others.prefix(Self.relatedLimit + 1))
        return (Array(first.prefix(Self.relatedLimit)), first.count > Self.relatedLimit)
    }
}
