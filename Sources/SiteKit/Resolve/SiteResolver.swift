import FrenchText

/// The resolve stage: every page gets its URL; sections, menu and static files are tied together.
public enum SiteResolver {
    /// Resolves `model`; URL collisions and unknown menu targets are recorded in `log`.
    static func resolve(_ model: SiteModel, staticFiles: [String: String], features: [any SiteFeature],
                        environment: RenderEnvironment, log: inout DiagnosticLog) -> ResolvedSite {
        var claimed: [String: Page] = [:]
        var resolved: [ResolvedPage] = []
        for page in model.pages {
            guard let urlPath = urlPath(of: page, log: &log) else { continue }
            if let other = claimed[urlPath] {
                log.error("`\(page.source)` and `\(other.source)` would both be published at /\(urlPath); rename one or set its `slug`",
                          at: SourceLocation(file: page.isGenerated ? other.source : page.source))
                continue
            }
            claimed[urlPath] = page
            resolved.append(ResolvedPage(page: page, urlPath: urlPath))
        }
        resolved.sort { $0.urlPath < $1.urlPath }

        var byContentPath: [String: Int] = [:]
        var byURLPath: [String: Int] = [:]
        for (index, entry) in resolved.enumerated() {
            byContentPath[entry.page.contentPath] = index
            byURLPath[entry.urlPath] = index
        }
        SectionTree.link(&resolved, byContentPath: byContentPath)
        var site = ResolvedSite(config: model.config, pages: resolved, pageByContentPath: byContentPath,
                                pageByURLPath: byURLPath, staticFiles: staticFiles, menu: [], unpublished: model.unpublished)
        for feature in features {
            for page in feature.pages(for: site, environment: environment, log: &log) {
                if byURLPath[page.urlPath] != nil {
                    site.replacedPageValues[page.urlPath, default: [:]].merge(page.values) { first, _ in first }
                } else if site.generatedByURLPath[page.urlPath] == nil {
                    site.generatedByURLPath[page.urlPath] = site.generatedPages.count
                    site.generatedPages.append(page)
                }
            }
        }
        site.menu = MenuResolver.resolve(site, log: &log)
        return site
    }

    /// `guide/cmp.md` → `guide/cmp/`; a folder's `index.md` → the folder's URL; `slug:` replaces the last segment.
    static func urlPath(of page: Page, log: inout DiagnosticLog) -> String? {
        var segments = Path.segments(page.contentPath)
        let fileName = segments.removeLast()
        var slugs = segments.map { Slug.make(from: $0) }
        if !page.isSectionPage {
            slugs.append(Slug.make(from: String(fileName.dropLast(3))))
        }
        if let slug = page.slug, !slugs.isEmpty {
            slugs[slugs.count - 1] = slug.value
        }
        if let empty = slugs.firstIndex(where: \.isEmpty) {
            let name = empty < segments.count ? segments[empty] : fileName
            log.error("`\(name)` gives an empty URL segment: rename it with letters or digits, or set `slug`",
                      at: SourceLocation(file: page.source))
            return nil
        }
        return slugs.isEmpty ? "" : slugs.joined(separator: "/") + "/"
    }
}
