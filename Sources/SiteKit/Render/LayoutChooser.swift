/// Picks the template that lays out a page: the one it asks for, else the most specific one the theme has.
enum LayoutChooser {
    /// The layout of `entry`, `preferred` (a feature's) first when the page names none; nil (with an error) when the theme has none that fits.
    static func layout(for entry: ResolvedPage, preferred: String? = nil, theme: Theme, themeName: String, log: inout DiagnosticLog) -> String? {
        let page = entry.page
        if let asked = page.layout {
            guard theme.templateNames.contains(asked.value) else {
                log.error(.unknownLayout(asked.value, theme: themeName, among: theme.templateNames.sorted()),
                          at: asked.location)
                return nil
            }
            return asked.value
        }
        let candidates = (preferred.map { [$0] } ?? []) + self.candidates(for: entry)
        guard let found = candidates.first(where: theme.templateNames.contains) else {
            log.error(.noLayoutForPage(theme: themeName, candidates: candidates),
                      at: SourceLocation(file: page.source))
            return nil
        }
        return found
    }

    /// The layout `layout(for:…)` chooses for `entry` among the templates that `exists` knows, or nil, reporting nothing.
    static func name(for entry: ResolvedPage, preferred: String?, exists: (String) -> Bool) -> String? {
        if let asked = entry.page.layout { return exists(asked.value) ? asked.value : nil }
        return ((preferred.map { [$0] } ?? []) + candidates(for: entry)).first(where: exists)
    }

    /// The layouts tried, most specific first.
    static func candidates(for entry: ResolvedPage) -> [String] {
        let page = entry.page
        if entry.urlPath.isEmpty { return ["home", "section", "page"] }
        if page.isSectionPage {
            let top = Path.segments(page.contentPath).first ?? ""
            return ["section-\(top)", "section", "page"]
        }
        return [page.kind.rawValue, "page"]
    }
}
