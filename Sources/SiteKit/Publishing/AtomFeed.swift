import Foundation
import FrenchText
import Markdown

/// Writes a news section as an Atom feed (RFC 4287): newest first, each entry with its whole text.
struct AtomFeed {
    /// The site whose news it lists.
    let site: ResolvedSite
    /// Time zone, "now" (the `updated` of an empty feed) and French typography.
    let environment: RenderEnvironment

    /// The feed document of `feed`.
    func render(_ feed: NewsFeed) -> String {
        let base = site.config.baseURL
        let zone = site.config.timeZone
        let entries = feed.entries(in: site)
        let newest = entries.compactMap { lastChange(of: $0.page) }.max() ?? environment.now
        var children = [
            XMLElement("id", text: base.absolute(feed.section.urlPath)),
            XMLElement("title", text: environment.french.text(feed.title(in: site))),
            XMLElement("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", base.absolute(feed.path))]),
            XMLElement("link", [("rel", "alternate"), ("type", "text/html"), ("href", base.absolute(feed.section.urlPath))]),
            XMLElement("updated", text: Timestamp.rfc3339(newest, in: zone)),
            XMLElement("author", children: [XMLElement("name", text: site.config.contact.name), XMLElement("uri", text: base.description)]),
            XMLElement("generator", text: "clsm"),
        ]
        if let description = feed.section.page.description ?? site.config.description {
            children.insert(XMLElement("subtitle", text: environment.french.text(description)), at: 2)
        }
        children += entries.map(entry)
        let root = XMLElement("feed", [("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", site.config.language)], children: children)
        return root.document()
    }

    private func entry(_ entry: ResolvedPage) -> XMLElement {
        let page = entry.page
        let permalink = site.config.baseURL.absolute(entry.urlPath)
        var children = [
            XMLElement("id", text: permalink),
            XMLElement("title", text: environment.french.text(page.title)),
            XMLElement("link", [("rel", "alternate"), ("type", "text/html"), ("href", permalink)]),
        ]
        if let date = page.date {
            children.append(XMLElement("published", text: Timestamp.rfc3339(date, in: site.config.timeZone)))
        }
        children.append(XMLElement("updated", text: Timestamp.rfc3339(lastChange(of: page) ?? environment.now, in: site.config.timeZone)))
        if let description = page.description {
            children.append(XMLElement("summary", text: environment.french.text(description)))
        }
        children.append(XMLElement("content", [("type", "html")], text: content(of: entry, permalink: permalink)))
        return XMLElement("entry", children: children)
    }

    /// When the page last changed: its file's last commit, else `updated`, else `date`.
    private func lastChange(of page: Page) -> Date? {
        environment.lastChange(of: page)
    }

    /// The page's text as HTML, its links made absolute: a feed reader shows it away from the site.
    private func content(of entry: ResolvedPage, permalink: String) -> String {
        let page = entry.page
        let resolver = LinkResolver(site: site)
        let origin = site.config.baseURL.origin
        let reserved = environment.reservedIdentifiers(for: entry, preferred: site.generatedAtContentURLs[entry.urlPath]?.layout)
        let renderer = MarkdownRenderer(reservedIdentifiers: reserved) { Slug.make(from: $0) }
        let document = renderer.render(page.body) { link in
            switch resolver.resolve(link.destination, from: page) {
            case .rewritten(let path): return origin + path
            case .unchanged where link.destination.hasPrefix("#"): return permalink + link.destination
            case .unchanged, .broken: return nil
            }
        }
        return environment.french.html(document.html)
    }
}
