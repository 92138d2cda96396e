import Foundation
@testable import SiteKit
import TestSupport
import Testing

/// The sites of one run that share a theme have it loaded once, even when they start together on several threads,
/// and each renders as it would alone.
@Suite struct ThemeCacheTests {
    @Test func sitesSharingAThemeStartedTogetherLoadItOnceAndRenderAsAlone() throws {
        let temporary = TemporaryFolder()
        let root = temporary.path
        try FileManager.default.copyItem(atPath: Fixtures.root + "/themes", toPath: root + "/themes")
        let names = ["a", "b", "c", "d"]
        for name in names {
            try FileManager.default.copyItem(atPath: Fixtures.root + "/sites/publishing", toPath: root + "/" + name)
            try? FileManager.default.removeItem(atPath: root + "/\(name)/expected")
        }
        let folders = try names.map { try #require(SiteFolder(path: root + "/" + $0, cwd: "/")) }
        var context = BuildContext(now: .instant(Date(timeIntervalSince1970: 1_760_263_200)), jobs: 1)
        let alone = folders.map { folder -> [OutputFile]? in
            var log = DiagnosticLog()
            return SiteBuilder(folder: folder, context: context).render(log: &log)
        }
        let cache = ThemeCache()
        context.themeCache = cache
        let shared = ParallelWork.map(count: folders.count, jobs: 4) { [context] index -> [OutputFile]? in
            var log = DiagnosticLog()
            return SiteBuilder(folder: folders[index], context: context).render(log: &log)
        }
        #expect(cache.loads == 1)
        for (one, other) in zip(alone, shared) {
            let files = try #require(one), sharedFiles = try #require(other)
            #expect(files.map(\.path) == sharedFiles.map(\.path))
            #expect(!files.isEmpty && files.map { "\($0.contents)" } == sharedFiles.map { "\($0.contents)" })
        }
    }
}
