/// The fingerprint of each page's render: equal fingerprints in one process give the same HTML.
///
/// A content page's covers its template values (its content left out), its Markdown, its layout; a generated page's
/// covers its values and layout; both cover what is shared: `site.yml`, the theme's templates and the site's link targets.
struct RenderFingerprints {
    /// By index of `ResolvedSite.pages`; nil for a page that must be rendered whatever happened.
    let pages: [Int?]
    /// By index of `ResolvedSite.generatedPages`.
    let generated: [Int?]

    init(site: ResolvedSite, theme: Theme, environment: RenderEnvironment, configText: String, folder: SiteFolder, jobs: Int) {
        var shared = TemplateFingerprint()
        shared.add(configText)
        Self.addTemplates(of: theme, folder: folder, to: &shared)
        Self.addLinkTargets(of: site, to: &shared)
        let base = shared.finalize() ?? 0

        let context = PageContext(site: site, siteContext: SiteContext.of(site, theme: theme, french: environment.french),
                                  strings: theme.stringValues, environment: environment)
        // Each thread takes every `jobs`-th page with a memo of its own; a memo saves work, it never changes a hash.
        let threads = max(1, jobs)
        let parts = ParallelWork.map(count: threads, jobs: threads) { part in
            let memo = FingerprintMemo()
            var scratch = DiagnosticLog()
            let pages = stride(from: part, to: site.pages.count, by: threads).map { index -> Int? in
                let entry = site.pages[index]
                let preferred = site.generatedAtContentURLs[entry.urlPath]?.layout
                guard let layout = LayoutChooser.layout(for: entry, preferred: preferred, theme: theme,
                                                        themeName: site.config.theme.value, log: &scratch)
                else { return nil }
                var fingerprint = TemplateFingerprint(memo: memo)
                fingerprint.add(base)
                fingerprint.add(layout)
                fingerprint.add(entry.page.source)
                fingerprint.add(entry.page.body)
                fingerprint.add(entry.page.bodyFirstLine)
                fingerprint.add(value: context.values(forPageAt: index, content: "", headings: []))
                return fingerprint.finalize()
            }
            let generated = stride(from: part, to: site.generatedPages.count, by: threads).map { index -> Int? in
                let page = site.generatedPages[index]
                var fingerprint = TemplateFingerprint(memo: memo)
                fingerprint.add(base)
                fingerprint.add(page.layout)
                fingerprint.add(value: context.values(for: page))
                return fingerprint.finalize()
            }
            return (pages: pages, generated: generated)
        }
        pages = Self.interleave(parts.map(\.pages), count: site.pages.count)
        generated = Self.interleave(parts.map(\.generated), count: site.generatedPages.count)
    }

    /// The values of `parts` in index order, where part `p` holds indices `p`, `p + parts.count`, ….
    private static func interleave(_ parts: [[Int?]], count: Int) -> [Int?] {
        (0..<count).map { parts[$0 % parts.count][$0 / parts.count] }
    }

    /// The templates as the theme loader reads them: the theme's `layouts/`, then the site's.
    private static func addTemplates(of theme: Theme, folder: SiteFolder, to fingerprint: inout TemplateFingerprint) {
        var scratch = DiagnosticLog()
        for layouts in [theme.directory + "/layouts", folder.layoutsDirectory] {
            let scanner = ContentScanner(siteRoot: Path.parent(of: theme.directory), folder: folder)
            for relative in scanner.files(under: layouts, suffix: ".mustache", log: &scratch) {
                fingerprint.add(layouts + "/" + relative)
                fingerprint.add(String(decoding: FileSystem.read(layouts + "/" + relative) ?? [], as: UTF8.self))
            }
        }
    }

    /// What links in Markdown resolve against: every page's content path and URL, unpublished files, generated pages,
    /// static files and the base URL.
    private static func addLinkTargets(of site: ResolvedSite, to fingerprint: inout TemplateFingerprint) {
        fingerprint.add(site.config.baseURL.description)
        for entry in site.pages {
            fingerprint.add(entry.page.contentPath)
            fingerprint.add(entry.urlPath)
        }
        for (path, reason) in site.unpublished.sorted(by: { $0.key < $1.key }) {
            fingerprint.add(path)
            fingerprint.add(reason.explanation)
        }
        for urlPath in site.generatedByURLPath.keys.sorted() { fingerprint.add(urlPath) }
        for path in site.staticFiles.keys.sorted() { fingerprint.add(path) }
    }
}
