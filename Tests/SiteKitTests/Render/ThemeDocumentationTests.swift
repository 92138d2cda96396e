import Foundation
@testable import SiteKit
import Testing

/// `docs/themes.md` documents exactly the values templates receive: every value a page of the demo sites (and of
/// the fixture `theme-values`, which gives the values they leave out) hands its layout, every value the templates of
/// `themes/clsm` read, and nothing else.
@Suite struct ThemeDocumentationTests {
    static let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path
    static let document = DocumentedValues(
        markdown: (try? String(contentsOfFile: repository + "/docs/themes.md", encoding: .utf8)) ?? "")
    static let sites = [repository, repository + "/sites/armentieres", repository + "/sites/arras", Fixtures.root + "/theme-values",
                        Fixtures.root + "/network"]
    static let contexts = sites.map(TemplateContexts.init(siteAt:))
    static var renderings: [TemplateContexts.Rendering] { contexts.flatMap(\.renderings) }

    @Test func theSitesBuildCleanly() {
        // An entry is stale only with its warning: the fixture gives one for `page.resource.is_stale`.
        let stale = "content/guide/ancienne.md:5:10: warning: this entry was last checked on 2024-01-10, more than a year ago: "
            + "check it with the structure, then set `updated` to the day of the check"
        for (site, context) in zip(Self.sites, Self.contexts) {
            #expect(context.diagnostics == (site.hasSuffix("theme-values") ? [stale] : []), "\(site)")
            #expect(!context.renderings.isEmpty, "\(site)")
        }
    }

    @Test func theDocumentNamesOnlyLayoutsScopesAndShapes() {
        #expect(Self.document.unknownHeadings == [])
        #expect(!Self.document.allRows.isEmpty)
        let layouts = Set(Self.renderings.map(\.layout))
        let documented = Self.document.scopes.keys.compactMap { scope -> String? in
            if case .layout(let name) = scope { return name }
            return nil
        }
        #expect(documented.filter { !layouts.contains($0) }.sorted() == [], "layouts documented that no page uses")
    }

    @Test func everyValueAPageReceivesIsDocumented() {
        var missing: Set<String> = []
        for rendering in Self.renderings {
            let rows = Self.document.rows(forLayout: rendering.layout, isGenerated: rendering.isGenerated)
            for path in rendering.paths where Self.document.match(path, among: rows) == nil {
                missing.insert("`\(path)` (layout `\(rendering.layout)`, \(rendering.isGenerated ? "generated" : "content") page)")
            }
        }
        #expect(missing.sorted() == [])
    }

    @Test func everyDocumentedValueIsReceivedWhereItIsDocumented() {
        var hit: Set<DocumentedValues.Row> = []
        for rendering in Self.renderings {
            let rows = Self.document.rows(forLayout: rendering.layout, isGenerated: rendering.isGenerated)
            for path in rendering.paths { hit.formUnion(Self.document.match(path, among: rows) ?? []) }
        }
        let unused = Self.document.allRows.filter { !$0.path.isEmpty && !hit.contains($0) }
        #expect(Set(unused.map { "docs/themes.md:\($0.line): `\($0.path)`" }).sorted() == [])
    }

    /// The names the theme loader accepts in a template are those of the values the pages receive, which this
    /// document lists: a name missing from `TemplateVocabulary` would be reported as a misspelling.
    @Test func theVocabularyHoldsEveryNameOfTheValues() {
        // The theme's strings (`t.…`) and the site's params are the site's and theme's own names, not clsm's.
        let own = Self.renderings.flatMap(\.paths).filter { !$0.hasPrefix("t.") && !$0.hasPrefix("site.params.") }
        let received = Set(own.flatMap { path in
            path.split(separator: ".").map { String($0.replacingOccurrences(of: "[]", with: "")) }
        }).filter { !$0.hasPrefix(SiteWidePartials.keyPrefix) }
        #expect(received.subtracting(TemplateVocabulary.names).sorted() == [])
        let documented = Set(Self.document.allRows.flatMap { row in
            row.path.split(whereSeparator: { ".[] ".contains($0) }).map(String.init)
        }).filter { $0.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber } }
        #expect(TemplateVocabulary.names.subtracting(documented).sorted() == [], "names no value of docs/themes.md has")
    }

    @Test func everyValueTheThemeReadsIsDocumented() {
        let known = Set(Self.renderings.flatMap(\.paths))
        let reads = TemplateReads(layouts: Self.repository + "/themes/clsm/layouts", known: known,
                                  items: [GuideValues.itemTemplate: "page.guide.entries[]"])
        #expect(reads.unresolved == [], "names no page provides")
        let rows = Self.document.scopes.values.flatMap { $0 }
        var undocumented: Set<String> = [], unescaped: Set<String> = []
        for read in reads.reads {
            guard let hits = Self.document.match(read.path, among: rows) else {
                undocumented.insert("\(read.place): `\(read.path)`")
                continue
            }
            if read.isUnescaped && (hits.isEmpty || !hits.allSatisfy(\.isHTML)) { unescaped.insert("\(read.place): `\(read.path)`") }
        }
        #expect(undocumented.sorted() == [])
        #expect(unescaped.sorted() == [], "written with {{{…}}} but not documented as HTML")
        #expect(reads.reads.count > 300)
    }
}
