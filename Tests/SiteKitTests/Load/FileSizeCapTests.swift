import Foundation
@testable import SiteKit
import Testing

/// A content file holds at most `SourceLoader.maximumFileSize` bytes: one more is an error at the file, read no
/// further than the cap.
@Suite struct FileSizeCapTests {
    /// A page of exactly `size` bytes: front matter, then one long paragraph.
    static func page(ofSize size: Int) -> String {
        let front = "---\ntitle: Long\n---\n"
        return front + String(repeating: "a", count: size - front.utf8.count - 1) + "\n"
    }

    @Test func aPageAtTheCapIsBuilt() throws {
        let site = try TemporarySite([("content/long.md", Self.page(ofSize: SourceLoader.maximumFileSize))])
        #expect(site.diagnostics() == [])
    }

    @Test func aPageOneByteOverTheCapIsAnErrorAtTheFile() throws {
        let site = try TemporarySite([("content/long.md", Self.page(ofSize: SourceLoader.maximumFileSize + 1))])
        #expect(SourceLoader.maximumFileSize == 2 * 1024 * 1024)
        #expect(site.diagnostics() == ["content/long.md:1:1: error: the file is larger than 2 MB; split it"])
    }

    @Test func aFileIsReadNoFurtherThanTheCapAndOneBuffer() throws {
        let site = try TemporarySite([("content/long.md", Self.page(ofSize: 3 * SourceLoader.maximumFileSize))])
        let read = try #require(FileSystem.read(site.path + "/content/long.md", limit: SourceLoader.maximumFileSize))
        #expect(read.count > SourceLoader.maximumFileSize && read.count <= SourceLoader.maximumFileSize + 65_536)
        #expect(FileSystem.read(site.path + "/content/long.md")?.count == 3 * SourceLoader.maximumFileSize)
    }
}
