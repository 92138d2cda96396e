/// The guide des ressources: its home, indexes, print page, map and entry pages' extras, its exports (JSON, GeoJSON,
/// CSV, data·inclusion), and the map's libraries.
struct GuideFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        guard let guide = site.guide.value({ Guide.build(site: site, environment: environment, log: &log) }) else { return [] }
        // Without its libraries the map is left out, so that its page's links to them are not reported too.
        let map = site.config.guideMap.flatMap { settings in
            MapLibraries.areInstalled(in: environment.javascriptDirectory, for: settings.location, log: &log) ? settings : nil
        }
        let values = GuideValues(guide: guide, environment: environment, partials: site.renderedPartials, hasMap: map != nil,
                                 hasPDF: site.config.guidePDF != nil)
        return GuidePages(guide: guide, values: values, map: map).all
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        placeFiles(for: site, environment: environment, into: .memory, log: &log).files
    }

    func placeFiles(for site: ResolvedSite, environment: RenderEnvironment, into destination: PageDestination,
                    log: inout DiagnosticLog) -> RenderedPages {
        // Built by `pages(for:)`, which recorded its mistakes (were it not, they are recorded here); the exports are
        // its last use, and its entries' details weigh over 1 KB each.
        guard let guide = site.guide.take({ Guide.build(site: site, environment: environment, log: &log) }) else { return RenderedPages() }
        let today = ZonedTime.calendarDate(of: environment.now, in: environment.timeZone)
        var placed = RenderedPages()
        GuideExport(guide: guide, site: site, today: today).make(jobs: environment.jobs) {
            placed.append(destination.place([$0], log: &log))
        }
        let libraries = Self.hasMap(site) ? MapLibraries.copies(from: environment.javascriptDirectory) : []
        placed.append(destination.place(libraries, log: &log))
        return placed
    }

    func filePaths(for site: ResolvedSite) -> [String] {
        let paths = GuidePaths(config: site.config)
        let pdf = site.config.guidePDF != nil && site.generatedByURLPath[paths.print] != nil ? [paths.pdf] : []
        return (Self.hasMap(site) ? MapLibraries.outputPaths : []) + pdf
    }

    /// True when the site has the guide's map page (generated, or a content page at its address laid out as it).
    static func hasMap(_ site: ResolvedSite) -> Bool {
        let path = GuidePaths(config: site.config).map
        return site.generatedByURLPath[path] != nil || site.generatedAtContentURLs[path] != nil
    }
}
