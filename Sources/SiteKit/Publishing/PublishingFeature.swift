/// What a public site needs besides its pages: the 404 page, `sitemap.xml`, `robots.txt` and the news feeds.
struct PublishingFeature: SiteFeature {
    func pages(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [GeneratedPage] {
        [NotFoundPage.page(base: site.config.baseURL)]
    }

    func filePaths(for site: ResolvedSite) -> [String] {
        ["sitemap.xml", "robots.txt"] + NewsFeed.all(in: site).map(\.path)
    }

    func files(for site: ResolvedSite, environment: RenderEnvironment, log: inout DiagnosticLog) -> [OutputFile] {
        var files = [
            OutputFile(path: "sitemap.xml", contents: .text(Sitemap.render(site, environment: environment))),
            OutputFile(path: "robots.txt", contents: .text(RobotsFile.render(site))),
        ]
        let atom = AtomFeed(site: site, environment: environment)
        for feed in NewsFeed.all(in: site) {
            files.append(OutputFile(path: feed.path, contents: .text(atom.render(feed))))
        }
        return files
    }
}
