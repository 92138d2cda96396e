import Foundation

/// `sitemap.xml` (sitemaps.org 0.9): every public page once, with its absolute URL and last change.
enum Sitemap {
    /// The sitemap of `site`: its content pages and the pages features generate, by URL;
    /// redirects and the 404 page are not pages a search engine should list.
    static func render(_ site: ResolvedSite, environment: RenderEnvironment) -> String {
        var entries: [(urlPath: String, lastChange: Date?)] = site.pages.map { ($0.urlPath, environment.lastChange(of: $0.page)) }
        entries += site.generatedPages.filter { isFolderPage($0.urlPath) }.map { ($0.urlPath, nil) }
        entries.sort { $0.urlPath < $1.urlPath }
        let urls = entries.map { entry -> XMLElement in
            var children = [XMLElement("loc", text: encoded(site.config.baseURL.absolute(entry.urlPath)))]
            if let change = entry.lastChange {
                children.append(XMLElement("lastmod", text: ZonedTime.calendarDate(of: change, in: site.config.timeZone).description))
            }
            return XMLElement("url", children: children)
        }
        return XMLElement("urlset", [("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")], children: urls).document()
    }

    /// True for a page published as a folder's `index.html` (`guide/`), false for a file such as `404.html`.
    static func isFolderPage(_ urlPath: String) -> Bool {
        urlPath.isEmpty || urlPath.hasSuffix("/")
    }

    /// The URL with every byte outside printable ASCII percent-encoded, as the sitemap protocol asks.
    static func encoded(_ url: String) -> String {
        guard url.utf8.contains(where: { !isKept($0) }) else { return url }
        var result = ""
        for byte in url.utf8 {
            if isKept(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// True for a byte a sitemap URL holds as it is: printable ASCII but `"`, `<` and `>`.
    private static func isKept(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
