import FrenchText
import Foundation
import Markdown
@testable import SiteKit
import Templates

/// The values every page of a site hands its template, read from a real build of the site.
struct TemplateContexts {
    /// One rendered page: the layout it used and the paths of the values it received.
    struct Rendering {
        /// The layout (`resource`, `guide-list`).
        let layout: String
        /// True for a page made from the site's data rather than a content file.
        let isGenerated: Bool
        /// Every value path, list items marked `[]`: `page.children[].title`.
        let paths: Set<String>
    }

    /// The pages of the site, in build order.
    let renderings: [Rendering]
    /// What the build reported: a site that is not clean says nothing of the values its pages would get.
    let diagnostics: [String]

    /// Builds the site at `path` (at the fixtures' "now") and records what each page's template receives.
    init(siteAt path: String) {
        var found: [Rendering] = []
        var log = DiagnosticLog()
        let hooks = BuildHooks(
            readText: { path, file, log in SourceLoader.readText(path, as: file, log: &log) },
            loaded: { _ in },
            readPage: { text, contentPath, kind, context, log in
                PageReader.read(text: text, contentPath: contentPath, kind: kind, context: context, log: &log)
            },
            selectPages: { site, theme, environment, _ in
                let context = PageContext(site: site, siteContext: SiteContext(site: site, defaultEmergency: theme.emergencyNumbers,
                                                                               french: environment.french),
                                          strings: theme.stringValues, environment: environment)
                var scratch = DiagnosticLog()
                let markdown = MarkdownRenderer { Slug.make(from: $0) }
                for (index, entry) in site.pages.enumerated() {
                    let preferred = site.generatedAtContentURLs[entry.urlPath]?.layout
                    guard let layout = LayoutChooser.layout(for: entry, preferred: preferred, theme: theme,
                                                            themeName: site.config.theme.value, log: &scratch) else { continue }
                    let document = markdown.render(entry.page.body)
                    let values = context.values(forPageAt: index, content: document.html, headings: document.headings)
                    found.append(Rendering(layout: layout, isGenerated: false, paths: Self.paths(of: values)))
                }
                for generated in site.generatedPages {
                    let layout = ([generated.layout] + (generated.fallbackLayout.map { [$0] } ?? [])).first(where: theme.templateNames.contains)
                    found.append(Rendering(layout: layout ?? generated.layout, isGenerated: true,
                                           paths: Self.paths(of: context.values(for: generated))))
                }
                return (RenderSelection(pages: Set(site.pages.indices), generated: Set(site.generatedPages.indices)), KeptPages())
            }
        )
        if let folder = SiteFolder(path: path, cwd: "/") {
            _ = SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).render(hooks: hooks, into: .memory, log: &log)
        }
        renderings = found
        diagnostics = log.entries.map { $0.line(in: .english) }
    }

    /// The paths of `values` below `prefix`: a group's keys, a list's items (`[]`), down to the texts and booleans.
    static func paths(of values: TemplateValues, below prefix: String = "") -> Set<String> {
        var found: Set<String> = []
        for (key, inner) in values {
            let path = prefix.isEmpty ? key : prefix + "." + key
            found.insert(path)
            found.formUnion(paths(of: inner, below: path))
        }
        return found
    }

    private static func paths(of value: TemplateValue, below prefix: String) -> Set<String> {
        switch value {
        case .group(let group):
            return paths(of: group, below: prefix)
        case .list(let items):
            return items.reduce(into: []) { $0.formUnion(paths(of: $1, below: prefix + "[]")) }
        case .text, .bool, .number, .deferred:
            return []
        }
    }
}
