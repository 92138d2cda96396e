import FrenchText
import Markdown

/// Builds the values a page's template receives: `site`, `page` and `t` (the theme's strings).
struct PageContext {
    let site: ResolvedSite
    let siteContext: SiteContext
    let strings: [String: String]
    let environment: RenderEnvironment
    /// The partials rendered once per menu state (`SiteWidePartials`); nil renders none that way.
    var siteWidePartials: SiteWidePartialCache? = nil
    private var french: FrenchStyle { environment.french }

    /// The context of the page at `index`, whose Markdown rendered to the HTML `content` with `headings`.
    func values(forPageAt index: Int, content: String, headings: [MarkdownHeading]) -> TemplateValues {
        let entry = site.pages[index]
        return root(at: entry.urlPath, page: pageValues(entry, content: content, headings: headings))
    }

    /// What partials rendered once for lists see besides their own values: `site` as on the home page, and `t`.
    var siteWideValues: TemplateValues {
        ["site": siteContext.page(at: "", menu: site.menu).values, "t": strings]
    }

    /// The context of a generated page: its own values merged into `page`.
    func values(for generated: GeneratedPage) -> TemplateValues {
        var page: TemplateValues = [
            "title": french.text(generated.title),
            "url": site.config.baseURL.sitePath(generated.urlPath),
            "permalink": site.config.baseURL.absolute(generated.urlPath),
            "is_generated": true,
            "breadcrumbs": trail(to: generated.parentURLPath),
        ]
        if let description = generated.description { page["description"] = french.text(description) }
        page["meta"] = PageMeta(site: site).values(for: nil)
        page.merge(generated.values) { _, own in own }
        return root(at: generated.urlPath, page: page)
    }

    /// What the template of the page at `urlPath` receives: `site`, `page`, `t`, and the site-wide partials' values.
    private func root(at urlPath: String, page: TemplateValues) -> TemplateValues {
        let site = siteContext.page(at: urlPath, menu: self.site.menu)
        let values: TemplateValues = ["site": site.values, "page": page, "t": strings]
        guard let partials = siteWidePartials else { return values }
        return values.merging(partials.values(site: site.values, menuState: site.menuState)) { own, _ in own }
    }

    /// The breadcrumbs down to the page at `urlPath`, that page included.
    private func trail(to urlPath: String?, depth: Int = 0) -> [TemplateValues] {
        guard let urlPath, depth < 16 else { return [] }
        if let index = site.pageByURLPath[urlPath] {
            return breadcrumbs(of: site.pages[index]) + [summary(site.pages[index])]
        }
        if let index = site.generatedByURLPath[urlPath] {
            let generated = site.generatedPages[index]
            // Features name their parents; the depth bound keeps a mistaken cycle from looping.
            let above = trail(to: generated.parentURLPath, depth: depth + 1)
            return above + [["title": french.text(generated.title), "url": site.config.baseURL.sitePath(urlPath)]]
        }
        return []
    }

    private func pageValues(_ entry: ResolvedPage, content: String, headings: [MarkdownHeading]) -> TemplateValues {
        let page = entry.page
        var values = summary(entry)
        values["content"] = content
        values["kind"] = page.kind.rawValue
        values["is_home"] = entry.urlPath.isEmpty
        values["is_section"] = page.isSectionPage
        values["source"] = page.source
        values["permalink"] = site.config.baseURL.absolute(entry.urlPath)
        values["children"] = entry.children.map { summary(site.pages[$0]) }
        values["has_children"] = !entry.children.isEmpty
        values["breadcrumbs"] = breadcrumbs(of: entry)
        values["meta"] = PageMeta(site: site).values(for: page)
        values["toc"] = headings.filter { $0.level == 2 }.map { ["id": $0.id, "text": french.text($0.text)] }
        if let details = page.details { values[page.kind.rawValue] = details.templateValues(environment) }
        if let generated = site.generatedAtContentURLs[entry.urlPath] { values.merge(generated.values) { own, _ in own } }
        if let updated = page.updated {
            values["updated"] = ["iso": updated.description, "long": french.longDate(updated)]
        }
        return values
    }

    /// What a list shows of a page: title, URL, description, date.
    private func summary(_ entry: ResolvedPage) -> TemplateValues {
        let page = entry.page
        var values: TemplateValues = [
            "title": french.text(page.title),
            "url": site.config.baseURL.sitePath(entry.urlPath),
        ]
        if let description = page.description { values["description"] = french.text(description) }
        if let date = page.date { values["date"] = ["iso": date.description, "long": french.longDate(date)] }
        return values
    }

    private func breadcrumbs(of entry: ResolvedPage) -> [TemplateValues] {
        var trail: [TemplateValues] = []
        var parent = entry.parent
        while let index = parent {
            trail.insert(summary(site.pages[index]), at: 0)
            parent = site.pages[index].parent
        }
        return trail
    }
}
