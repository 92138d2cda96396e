/// The main menu: `site.yml`'s `menu`, else the pages marked `menu:` and the top-level sections.
enum MenuResolver {
    static func resolve(_ site: ResolvedSite, log: inout DiagnosticLog) -> [ResolvedMenuEntry] {
        guard let written = site.config.menu else { return derived(site) }
        for page in site.pages {
            if let title = page.page.menuTitle {
                log.warning(.menuKeyInPage(title.value),
                            at: title.location)
            }
        }
        let resolver = LinkResolver(site: site)
        let home = SectionPages.generated(for: "", config: site.config)
        return written.compactMap { entry in
            switch resolver.resolve(entry.target.value, from: home) {
            case .unchanged:
                // Left as written: an external address, or a content file whose own errors are reported already.
                let target = entry.target.value
                guard LinkResolver.hasScheme(target) || target.hasPrefix("//") else { return nil }
                return ResolvedMenuEntry(title: entry.title, href: target, urlPath: nil)
            case .rewritten(let href):
                let relative = String(href.dropFirst(site.config.baseURL.path.count))
                return ResolvedMenuEntry(title: entry.title, href: href, urlPath: relative)
            case .broken(let broken):
                log.error(.menuEntryBroken(entry.title, broken.message(entry.target.value, isImage: false)), at: entry.target.location)
                return nil
            }
        }
    }

    private static func derived(_ site: ResolvedSite) -> [ResolvedMenuEntry] {
        let chosen = site.pages.indices.filter { index in
            let page = site.pages[index]
            return page.page.menuTitle != nil
        }
        let indices = chosen.isEmpty ? (site.pageByContentPath["index.md"].map { site.pages[$0].children } ?? []) : chosen
        return indices
            .sorted { SectionTree.displayOrder(site.pages[$0].page, site.pages[$1].page) }
            .map { index in
                let page = site.pages[index]
                return ResolvedMenuEntry(title: page.page.menuTitle?.value ?? page.page.title,
                                         href: site.config.baseURL.sitePath(page.urlPath), urlPath: page.urlPath)
            }
    }
}
