import FrenchText
import Templates

/// The tree of every page of a site, for « Plan du site »: content pages under their sections, generated pages
/// under the page they name as parent (the home page when that parent is unknown).
struct SiteMapTree {
    private let site: ResolvedSite
    private let french: FrenchStyle
    /// Generated pages by the URL path of the page they hang from, in French title order.
    private let generatedByParent: [String: [GeneratedPage]]

    /// The tree of `site`, with `extraPages`: generated pages not yet in `site` (those of the feature that builds the map).
    init(site: ResolvedSite, extraPages: [GeneratedPage], french: FrenchStyle) {
        self.site = site
        self.french = french
        // Pages written as a file of their own (`404.html`) are not places a visitor browses to.
        let generated = (site.generatedPages + extraPages).filter { !$0.urlPath.hasSuffix(".html") }
        let known = Set(site.pages.map(\.urlPath)).union(generated.map(\.urlPath))
        var byParent: [String: [GeneratedPage]] = [:]
        for page in generated {
            let parent = page.parentURLPath.flatMap { known.contains($0) ? $0 : nil } ?? ""
            byParent[parent, default: []].append(page)
        }
        generatedByParent = byParent.mapValues { pages in
            pages.sorted { FrenchCollation.areInIncreasingOrder($0.title, $1.title) }
        }
    }

    /// The home page's node: `title`, `url`, `children` (nodes alike), `has_children`; empty when there is no home page.
    func values() -> [TemplateValues] {
        guard let home = site.pageByURLPath[""] else { return [] }
        var visited: Set<String> = []
        return [node(contentIndex: home, visited: &visited)]
    }

    private func node(contentIndex index: Int, visited: inout Set<String>) -> TemplateValues {
        let entry = site.pages[index]
        visited.insert(entry.urlPath)
        var children = entry.children.map { node(contentIndex: $0, visited: &visited) }
        children += generatedChildren(of: entry.urlPath, visited: &visited)
        return makeNode(title: entry.page.title, urlPath: entry.urlPath, children: children)
    }

    private func generatedChildren(of urlPath: String, visited: inout Set<String>) -> [TemplateValues] {
        (generatedByParent[urlPath] ?? []).compactMap { page in
            // A feature naming its own descendant as parent must not make the map loop.
            guard visited.insert(page.urlPath).inserted else { return nil }
            return makeNode(title: page.title, urlPath: page.urlPath, children: generatedChildren(of: page.urlPath, visited: &visited))
        }
    }

    private func makeNode(title: String, urlPath: String, children: [TemplateValues]) -> TemplateValues {
        ["title": .text(french.text(title)), "url": .text(site.config.baseURL.sitePath(urlPath)), "children": .groups(children),
         "has_children": .bool(!children.isEmpty)]
    }
}
