import Foundation
import SiteKit
import Testing
import TestSupport

/// `clsm stale`'s list: the entries never checked or checked more than a year before "now", oldest first.
@Suite struct GuideStalenessTests {
    @Test func theFixtureGuideHasItsOldestEntriesListedAtTheirUpdatedKey() throws {
        var log = DiagnosticLog()
        let folder = try #require(SiteFolder(path: Fixtures.root + "/sites/guide", cwd: "/"))
        // 2026-02-10: a year after 2025-02-09; the entries checked before then are due.
        let now = BuildNow.instant(Date(timeIntervalSince1970: 1_770_710_400))
        let entries = try #require(GuideStaleness.entries(in: folder, context: BuildContext(now: now), log: &log))
        #expect(entries.map(\.description) == [
            "content/guide/entraide-familles.md:8:10: note: \"entraide des familles\" was last checked on 2024-10-12, more than a year ago",
            "content/guide/ecole-des-parents.md:11:10: note: \"École des parents\" was last checked on 2025-01-15, more than a year ago",
            "content/guide/sport.md:8:10: note: \"Sport et bien-être\" was last checked on 2025-02-02, more than a year ago",
        ])
    }

    @Test func anEntryWithoutUpdatedIsListedFirstAtTheTopOfItsFile() throws {
        let temporary = TemporaryFolder()
        let site = temporary.path
        try FileManager.default.createDirectory(atPath: site + "/content/guide", withIntermediateDirectories: true)
        try "title: T\nbase_url: https://example.org/\ncontact: {name: C}\n".write(toFile: site + "/site.yml", atomically: true, encoding: .utf8)
        try "---\ntitle: Jamais\ncategory: gem\ncommune: Metz\n---\n".write(toFile: site + "/content/guide/jamais.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Ancienne\ncategory: gem\ncommune: Metz\nupdated: 2020-01-01\n---\n".write(toFile: site + "/content/guide/ancienne.md", atomically: true, encoding: .utf8)
        var log = DiagnosticLog()
        let folder = try #require(SiteFolder(path: site, cwd: "/"))
        let entries = try #require(GuideStaleness.entries(in: folder, context: BuildContext(now: Fixtures.now), log: &log))
        #expect(entries.map(\.description) == [
            "content/guide/jamais.md:1:1: note: \"Jamais\" has never been checked: add `updated:` with the day of the check",
            "content/guide/ancienne.md:5:10: note: \"Ancienne\" was last checked on 2020-01-01, more than a year ago",
        ])
    }
}
