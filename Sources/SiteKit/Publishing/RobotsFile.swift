/// `robots.txt`: every crawler welcome, and where the sitemap is.
enum RobotsFile {
    /// The file's text. Crawlers read `robots.txt` only at the root of a host: a site published under
    /// a path (`https://example.org/clsm/`) is covered by the host's own file, to which this `Sitemap:` line can be copied.
    static func render(_ site: ResolvedSite) -> String {
        """
        User-agent: *
        Disallow:

        Sitemap: \(site.config.baseURL.absolute("sitemap.xml"))

        """
    }
}
