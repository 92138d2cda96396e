import Foundation
import Templates

/// The site-wide partials of one render (`SiteWidePartials`), each rendered once per menu state, on its first use.
final class SiteWidePartialCache: @unchecked Sendable {
    /// The value standing for each partial, by the partial's name.
    private let keys: [String: String]
    private let partials: RenderedPartials
    private let lock = NSLock()
    private var byMenuState: [[Bool]: TemplateValues] = [:]

    /// Renders through `partials`, which holds the templates and `t`.
    init(keys: [String: String], partials: RenderedPartials) {
        self.keys = keys
        self.partials = partials
    }

    /// The values standing for the partials on a page whose `site` is `site`, with the menu state `menuState`: the same
    /// items for every page with that state, so that each partial renders once for them all.
    func values(site: TemplateValues, menuState: [Bool]) -> TemplateValues {
        lock.withLock {
            if let values = byMenuState[menuState] { return values }
            var values: TemplateValues = [:]
            for (partial, key) in keys { values[key] = .deferred(partials.item(partial, values: ["site": .group(site)], wholeText: true)) }
            byMenuState[menuState] = values
            return values
        }
    }
}
