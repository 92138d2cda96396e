import Foundation
@testable import SiteKit
import Testing
import TestSupport

/// In a git checkout, an event's `DTSTAMP`, the sitemap's `lastmod` and the feed's `updated` are its file's last commit:
/// two builds of unchanged content a minute apart give the same files.
@Suite struct GitHistoryTests {
    private static func git(_ arguments: [String], in folder: String, date: String = "2025-09-01T10:00:00+02:00") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Coordination", "-c", "user.email=c@example.org"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    private static func build(_ folder: SiteFolder, now: String) throws -> [String: String] {
        var context = BuildContext(now: .instant(try #require(ISO8601DateFormatter().date(from: now))))
        context.readsGitHistory = true
        var log = DiagnosticLog()
        let files = try #require(SiteBuilder(folder: folder, context: context).render(log: &log))
        return Dictionary(files.compactMap { file -> (String, String)? in
            guard let text = file.contents.text, file.path.hasSuffix(".ics") || file.path.hasSuffix(".xml") else { return nil }
            return (file.path, text)
        }) { first, _ in first }
    }

    @Test func unchangedContentGivesTheSameCalendarsSitemapAndFeeds() throws {
        let temporary = TemporaryFolder()
        let root = temporary.path
        try FileManager.default.copyItem(atPath: Fixtures.root + "/sites/agenda", toPath: root + "/site")
        try? FileManager.default.removeItem(atPath: root + "/site/expected")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/themes", toPath: root + "/themes")
        try Self.git(["init", "-q"], in: root)
        try Self.git(["add", "."], in: root)
        try Self.git(["commit", "-q", "-m", "Site"], in: root)
        let folder = try #require(SiteFolder(path: root + "/site", cwd: "/"))

        let first = try Self.build(folder, now: "2025-10-12T10:00:00Z")
        let second = try Self.build(folder, now: "2025-10-12T10:01:00Z")
        #expect(first.keys.contains { $0.hasSuffix(".ics") })
        #expect(first == second)
        let calendar = try #require(first.first { $0.key.hasSuffix(".ics") }?.value)
        #expect(calendar.contains("DTSTAMP:20250901T080000Z"))
        #expect(!calendar.contains("DTSTAMP:20251012"))

        // A file changed since its last commit takes the build's "now".
        let event = try #require(FileManager.default.subpathsOfDirectory(atPath: root + "/site/content/agenda").first { $0.hasSuffix(".md") })
        let path = root + "/site/content/agenda/" + event
        try (try String(contentsOfFile: path, encoding: .utf8) + "\nUne phrase de plus.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try Self.build(folder, now: "2025-10-12T10:02:00Z")
        #expect(edited.values.contains { $0.contains("DTSTAMP:20251012T100200Z") })
    }

    @Test func theSitesOfOneCheckoutReadItsHistoryOnceAndGetWhatEachWouldAlone() throws {
        let temporary = TemporaryFolder()
        let root = temporary.path
        for name in ["a", "b", "c"] {
            try FileManager.default.copyItem(atPath: Fixtures.root + "/sites/agenda", toPath: root + "/sites/" + name)
            try? FileManager.default.removeItem(atPath: root + "/sites/\(name)/expected")
        }
        try Self.git(["init", "-q"], in: root)
        try Self.git(["add", "."], in: root)
        try Self.git(["commit", "-q", "-m", "Sites"], in: root)
        try Self.git(["commit", "-q", "--allow-empty", "-m", "Later"], in: root, date: "2025-09-20T10:00:00+02:00")
        let edited = root + "/sites/b/content/agenda/index.md"
        try (try String(contentsOfFile: edited, encoding: .utf8) + "\nModifié.\n").write(toFile: edited, atomically: true, encoding: .utf8)

        let cache = GitHistoryCache()
        for name in ["a", "b", "c"] {
            let folder = try #require(SiteFolder(path: root + "/sites/" + name, cwd: "/"))
            let alone = try #require(GitHistory.lastChanges(in: folder.root))
            #expect(cache.lastChanges(in: folder.root) == alone)
            #expect(alone["content/agenda/index.md"] == (name == "b" ? nil : ISO8601DateFormatter().date(from: "2025-09-01T08:00:00Z")))
            #expect(alone.keys.contains("site.yml") && !alone.keys.contains { $0.hasPrefix("sites/") || $0.hasPrefix("../") })
        }
        #expect(cache.reads == 1)
        // Outside any checkout, git is not even run.
        let outsideFolder = TemporaryFolder()
        let outside = outsideFolder.path
        #expect(cache.lastChanges(in: outside) == nil)
        #expect(cache.reads == 1)
    }
}
