import FrenchText
import Markdown
import Templates

/// Builds the values a page's template receives: `site`, `page` and `t` (the theme's strings).
struct PageContext {
    let site: ResolvedSite
    let siteContext: SiteContext
    /// The theme's strings, as `t` reads them.
    let strings: TemplateValue
    let environment: RenderEnvironment
    /// The partials rendered once per menu state (`SiteWidePartials`); nil renders none that way.
    var siteWidePartials: SiteWidePartialCache? = nil
    /// The summaries of the pages other pages stand under, made once for every breadcrumb trail (`withParents()`).
    private(set) var parentSummaries: [Int: TemplateValues] = [:]
    private var french: FrenchStyle { environment.french }

    /// The context of the page at `index`, whose Markdown rendered to the HTML `content` with `headings`.
    func values(forPageAt index: Int, content: String, headings: [MarkdownHeading]) -> TemplateValues {
        let entry = site.pages[index]
        return root(at: entry.urlPath, page: pageValues(entry, content: content, headings: headings))
    }

    /// This context with the summaries of every page that is another's parent made once: thousands of entries stand
    /// under the same few sections.
    func withParents() -> PageContext {
        var context = self
        for index in Set(site.pages.compactMap(\.parent)) { context.parentSummaries[index] = summary(site.pages[index]) }
        return context
    }

    /// What partials rendered once for lists see besides their own values: `site` as on the home page, and `t`.
    var siteWideValues: TemplateValues {
        ["site": .group(siteContext.page(at: "", menu: site.menu).values), "t": strings]
    }

    /// The context of a generated page: its own values merged into `page`.
    func values(for generated: GeneratedPage) -> TemplateValues {
        var page: TemplateValues = [
            "title": .text(french.text(generated.title)),
            "url": .text(site.config.baseURL.sitePath(generated.urlPath)),
            "permalink": .text(site.config.baseURL.absolute(generated.urlPath)),
            "is_generated": true,
            "breadcrumbs": .groups(trail(to: generated.parentURLPath)),
        ]
        if let description = generated.description { page["description"] = .text(french.text(description)) }
        page["meta"] = .group(PageMeta(site: site).values(for: nil))
        page.merge(generated.values) { _, own in own }
        return root(at: generated.urlPath, page: page)
    }

    /// What the template of the page at `urlPath` receives: `site`, `page`, `t`, and the site-wide partials' values.
    private func root(at urlPath: String, page: TemplateValues) -> TemplateValues {
        let site = siteContext.page(at: urlPath, menu: self.site.menu)
        let values: TemplateValues = ["site": .group(site.values), "page": .group(page), "t": strings]
        guard let partials = siteWidePartials else { return values }
        return values.merging(partials.values(site: site.values, menuState: site.menuState)) { own, _ in own }
    }

    /// The breadcrumbs down to the page at `urlPath`, that page included.
    private func trail(to urlPath: String?, depth: Int = 0) -> [TemplateValues] {
        guard let urlPath, depth < 16 else { return [] }
        if let index = site.pageByURLPath[urlPath] {
            return breadcrumbs(of: site.pages[index]) + [summaryOfPage(at: index)]
        }
        if let index = site.generatedByURLPath[urlPath] {
            let generated = site.generatedPages[index]
            // Features name their parents; the depth bound keeps a mistaken cycle from looping.
            let above = trail(to: generated.parentURLPath, depth: depth + 1)
            return above + [["title": .text(french.text(generated.title)), "url": .text(site.config.baseURL.sitePath(urlPath))]]
        }
        return []
    }

    private func pageValues(_ entry: ResolvedPage, content: String, headings: [MarkdownHeading]) -> TemplateValues {
        let page = entry.page
        var values = summary(entry)
        values["content"] = .text(content)
        values["kind"] = .text(page.kind.rawValue)
        values["is_home"] = .bool(entry.urlPath.isEmpty)
        values["is_section"] = .bool(page.isSectionPage)
        values["source"] = .text(page.source)
        values["permalink"] = .text(site.config.baseURL.absolute(entry.urlPath))
        values["children"] = .groups(entry.children.map { summary(site.pages[$0]) })
        values["has_children"] = .bool(!entry.children.isEmpty)
        values["breadcrumbs"] = .groups(breadcrumbs(of: entry))
        values["meta"] = .group(PageMeta(site: site).values(for: page))
        values["toc"] = .groups(headings.filter { $0.level == 2 }.map { ["id": .text($0.id), "text": .text(french.text($0.text))] })
        let generated = site.generatedAtContentURLs[entry.urlPath]
        // A feature may have made these values already (the guide, for its lists).
        if let details = page.details as? any KindValues, generated?.values[page.kind.rawValue] == nil {
            values[page.kind.rawValue] = .group(details.templateValues(environment))
        }
        if let generated { values.merge(generated.values) { own, _ in own } }
        if let updated = page.updated {
            values["updated"] = ["iso": .text(updated.description), "long": .text(french.longDate(updated))]
        }
        return values
    }

    /// What a list shows of a page: title, URL, description, date.
    private func summary(_ entry: ResolvedPage) -> TemplateValues {
        let page = entry.page
        var values: TemplateValues = [
            "title": .text(french.text(page.title)),
            "url": .text(site.config.baseURL.sitePath(entry.urlPath)),
        ]
        if let description = page.description { values["description"] = .text(french.text(description)) }
        if let date = page.date { values["date"] = ["iso": .text(date.description), "long": .text(french.longDate(date))] }
        return values
    }

    private func summaryOfPage(at index: Int) -> TemplateValues {
        parentSummaries[index] ?? summary(site.pages[index])
    }

    private func breadcrumbs(of entry: ResolvedPage) -> [TemplateValues] {
        var trail: [TemplateValues] = []
        var parent = entry.parent
        while let index = parent {
            trail.insert(summaryOfPage(at: index), at: 0)
            parent = site.pages[index].parent
        }
        return trail
    }
}
