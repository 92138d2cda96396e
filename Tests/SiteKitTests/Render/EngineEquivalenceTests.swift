import Foundation
@testable import SiteKit
import Testing

/// clsm's template evaluator against swift-mustache, the reference: every page of every site, the same bytes.
@Suite struct EngineEquivalenceTests {
    private static let repository = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent().path

    /// The demo sites, every fixture site that builds, and the site that shows every documented value.
    static let sites = ThreadCountTests.demoSites.map { repository + $0 }
        + Fixtures.cases(in: "sites").map { Fixtures.root + "/sites/" + $0 }
        + [Fixtures.root + "/theme-values"]

    @Test(arguments: sites)
    func everyPageIsTheSameWithBothEngines(_ path: String) throws {
        let folder = try #require(SiteFolder(path: path, cwd: "/"))
        var log = DiagnosticLog()
        let clsm = try #require(SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now)).render(log: &log))
        var reference = SiteBuilder(folder: folder, context: BuildContext(now: Fixtures.now))
        reference.templateEngine = .reference
        var referenceLog = DiagnosticLog()
        let expected = try #require(reference.render(hooks: nil, into: .memory, log: &referenceLog)?.files)
        #expect(log.entries.map { $0.line(in: .english) } == referenceLog.entries.map { $0.line(in: .english) })
        let pages = Self.pages(clsm)
        let expectedPages = Self.pages(expected)
        #expect(pages.count > 5)
        #expect(pages.keys.sorted() == expectedPages.keys.sorted())
        for (path, text) in expectedPages.sorted(by: { $0.key < $1.key }) where pages[path] != text {
            Issue.record("\(path) differs from swift-mustache's:\n\(Self.firstDifference(pages[path] ?? "", text))")
        }
    }

    /// The HTML pages of `files`, by path.
    private static func pages(_ files: [OutputFile]) -> [String: String] {
        Dictionary(files.compactMap { file -> (String, String)? in
            guard let text = file.contents.text, file.path.hasSuffix(".html") else { return nil }
            return (file.path, text)
        }) { first, _ in first }
    }

    /// The first line where `actual` and `expected` part, with both lines.
    private static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            let mine = index < a.count ? String(a[index]) : "(end)"
            let theirs = index < b.count ? String(b[index]) : "(end)"
            return "line \(index + 1):\n  clsm:           \(mine)\n  swift-mustache: \(theirs)"
        }
        return "(same lines)"
    }
}
