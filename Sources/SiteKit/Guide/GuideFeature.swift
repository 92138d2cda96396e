/// The guide des ressources: its home, indexes, print page and entry pages' extras, and its exports (JSON, GeoJSON, CSV, data·inclusion).
struct GuideFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        guard let guide = site.guide.value({ Guide.build(site: site, environment: environment, log: &log) }) else { return [] }
        return GuidePages(guide: guide, values: GuideValues(guide: guide, environment: environment, partials: site.renderedPartials)).all
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        // Built by `pages(for:)`, which recorded its mistakes (were it not, they are recorded here); the exports are
        // its last use, and its entries' details weigh over 1 KB each.
        guard let guide = site.guide.take({ Guide.build(site: site, environment: environment, log: &log) }) else { return [] }
        let today = ZonedTime.calendarDate(of: environment.now, in: environment.timeZone)
        return GuideExport(guide: guide, site: site, jobs: environment.jobs, today: today).files(log: &log)
    }
}
