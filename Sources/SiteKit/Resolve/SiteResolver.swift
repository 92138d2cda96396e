import FrenchText

/// The resolve stage: every page gets its URL; sections, menu and static files are tied together.
public enum SiteResolver {
    /// Resolves `model`; URL collisions and unknown menu targets are recorded in `log`.
    static func resolve(_ model: SiteModel, staticFiles: [String: String], features: [any SiteFeature],
                        environment: RenderEnvironment, log: inout DiagnosticLog) -> ResolvedSite {
        var claimed: [String: Page] = [:]
        var resolved: [ResolvedPage] = []
        // A file that gets no address is reported once, here; links to it are not reported again as broken.
        var unpublished = model.unpublished
        for page in model.pages {
            guard let urlPath = urlPath(of: page, log: &log) else {
                unpublished[page.contentPath] = .invalid
                continue
            }
            if let other = claimed[urlPath] {
                let likeness = NameFolding.likeness(page.source, other.source)
                log.error(.pagesCollide(page.source, other.source, url: urlPath, likeness: likeness),
                          at: SourceLocation(file: page.isGenerated ? other.source : page.source))
                if !page.isGenerated { unpublished[page.contentPath] = .invalid }
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
                                pageByURLPath: byURLPath, staticFiles: staticFiles, menu: [], unpublished: unpublished)
        site.addressesInDoubt = Set(unpublished.filter { $0.value == .invalid }.keys.compactMap(plainURLPath(ofContentPath:)))
        site.categoriesOfEntriesInError = model.categoriesOfEntriesInError
        site.eventsNamingEditions = model.eventsNamingEditions
        for feature in features {
            for page in feature.pages(for: site, environment: environment, log: &log) where site.generatedByURLPath[page.urlPath] == nil {
                if byURLPath[page.urlPath] != nil {
                    // Several features may stand behind one content page: the first one's layout, everyone's values.
                    if var earlier = site.generatedAtContentURLs[page.urlPath] {
                        earlier.values.merge(page.values) { first, _ in first }
                        site.generatedAtContentURLs[page.urlPath] = earlier
                    } else {
                        site.generatedAtContentURLs[page.urlPath] = page
                    }
                    continue
                }
                site.generatedByURLPath[page.urlPath] = site.generatedPages.count
                site.generatedPages.append(page)
            }
            site.generatedFiles.formUnion(feature.filePaths(for: site))
        }
        site.menu = MenuResolver.resolve(site, log: &log)
        return site
    }

    /// `guide/cmp.md` → `guide/cmp/`; a folder's `index.md` → the folder's URL; `slug:` replaces the last segment.
    static func urlPath(of page: Page, log: inout DiagnosticLog) -> String? {
        let segments = Path.segments(page.contentPath)
        var slugs = plainSlugs(of: page.contentPath, isSectionPage: page.isSectionPage)
        if let slug = page.slug, !slugs.isEmpty {
            slugs[slugs.count - 1] = slug.value
        }
        if let empty = slugs.firstIndex(where: \.isEmpty) {
            // The folder or file the empty slug comes from.
            log.error(.emptySlug(segments[empty]),
                      at: SourceLocation(file: page.source))
            return nil
        }
        return slugs.isEmpty ? "" : slugs.joined(separator: "/") + "/"
    }

    /// The address of a content file with errors, as if it had no `slug:` (nil when a segment gives no slug): a link
    /// to it may be right, and is not reported as broken while the file's own errors are.
    static func plainURLPath(ofContentPath contentPath: String) -> String? {
        let isSectionPage = contentPath == "index.md" || contentPath.hasSuffix("/index.md")
        let slugs = plainSlugs(of: contentPath, isSectionPage: isSectionPage)
        guard !slugs.contains(where: \.isEmpty) else { return nil }
        return slugs.isEmpty ? "" : slugs.joined(separator: "/") + "/"
    }

    /// The slugs of the folders of `contentPath`, then of its file name unless it is a section's `index.md`.
    private static func plainSlugs(of contentPath: String, isSectionPage: Bool) -> [String] {
        var segments = Path.segments(contentPath)
        let fileName = segments.removeLast()
        var slugs = segments.map { Slug.make(from: $0) }
        if !isSectionPage {
            slugs.append(Slug.make(from: String(fileName.dropLast(3))))
        }
        return slugs
    }
}
