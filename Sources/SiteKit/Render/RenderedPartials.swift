import Foundation
import Templates

/// Partials rendered once for given values and shown as they are wherever they are listed: a guide entry's list item
/// stands on the guide's home, A–Z, print page, indexes and other entries' pages, a dozen pages on average.
///
/// A feature makes the items while it resolves the site; the page renderer gives the theme's templates and the site's
/// values (`site` as on the home page, `t`) before any page renders; each item renders on its first use.
final class RenderedPartials: @unchecked Sendable {
    private let lock = NSLock()
    private var renderer: (any TemplateRendering)?
    private var root: TemplateValues = [:]
    private var missing: Set<String> = []

    /// Takes the templates and the site-wide values the items render with.
    func prepare(renderer: any TemplateRendering, root: TemplateValues) {
        lock.withLock {
            self.renderer = renderer
            self.root = root
        }
    }

    /// The templates items were asked of that the theme does not have, sorted: those items showed nothing.
    var missingTemplates: [String] {
        lock.withLock { missing.sorted() }
    }

    /// The item that renders `template` with `values` (over the site-wide values) once, on its first use. Its text
    /// drops the partial's final line break, unless `wholeText`: `{{{item_html}}}` alone on its line then gives the
    /// lines `{{>partial}}` would, since Mustache drops a standalone partial tag's line and keeps the partial's own break.
    func item(_ template: String, values: TemplateValues, wholeText: Bool = false) -> RenderedPartial {
        RenderedPartial(template: template, values: values, wholeText: wholeText, partials: self)
    }

    fileprivate func render(_ template: String, values: TemplateValues, wholeText: Bool) -> String {
        let (renderer, root) = lock.withLock { (self.renderer, self.root) }
        let text: String
        do {
            text = try renderer?.render(template, with: root.merging(values) { _, own in own }) ?? ""
        } catch {
            lock.withLock { _ = missing.insert(template) }
            return ""
        }
        // The last Character is `\n` alone: its byte is dropped (`dropLast()` on a String counted every Character).
        return !wholeText && text.hasSuffix("\n") ? String(text[..<text.utf8.index(before: text.utf8.endIndex)]) : text
    }
}

/// One partial rendered for one set of values: `{{{item_html}}}` shows it as it is, rendered (and escaped) already.
final class RenderedPartial: DeferredText, @unchecked Sendable {
    /// The template's name (`partials/guide-entry`).
    let template: String
    /// What it renders, over the site-wide values.
    let values: TemplateValues
    private let wholeText: Bool
    private let partials: RenderedPartials
    private let lock = NSLock()
    private var rendered: String?

    fileprivate init(template: String, values: TemplateValues, wholeText: Bool, partials: RenderedPartials) {
        self.template = template
        self.values = values
        self.wholeText = wholeText
        self.partials = partials
    }

    /// The rendered partial; two threads may render it at once, to the same text.
    var text: String {
        if let text = lock.withLock({ rendered }) { return text }
        let text = partials.render(template, values: values, wholeText: wholeText)
        lock.withLock { rendered = text }
        return text
    }
}
