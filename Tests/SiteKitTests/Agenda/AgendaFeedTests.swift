import Foundation
import SiteKit
import Testing

/// The agenda fixture's feeds: one UID per event everywhere and in every build; `DTSTAMP` is the build's "now".
@Suite struct AgendaFeedTests {
    private func feeds(now: Date) throws -> [String: String] {
        let (files, log) = Fixtures.render(siteAt: Fixtures.root + "/sites/agenda", context: BuildContext(now: .instant(now)))
        #expect(log.sorted.map { $0.line(in: .english) } == [])
        var texts: [String: String] = [:]
        for file in try #require(files) where file.path.hasSuffix(".ics") {
            if let text = file.contents.text { texts[file.path] = text }
        }
        return texts
    }

    private func values(of property: String, in text: String) -> [String] {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        return unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix(property + ":") }.map { String($0.dropFirst(property.count + 1)) }
    }

    @Test func everyEventHasOneUIDInEveryFeedAndEveryBuild() throws {
        let first = try feeds(now: Date(timeIntervalSince1970: 1_760_263_200))
        let later = try feeds(now: Date(timeIntervalSince1970: 1_790_000_000))
        let eventFeeds = first.keys.filter { $0.hasPrefix("agenda/") && $0 != "agenda/agenda.ics" }.sorted()
        #expect(eventFeeds.count == 8)
        let all = Set(values(of: "UID", in: try #require(first["agenda/agenda.ics"])))
        #expect(all.count == 8)
        for path in eventFeeds {
            let uids = values(of: "UID", in: try #require(first[path]))
            #expect(uids.count == 1)
            #expect(uids.allSatisfy(all.contains))
            #expect(uids.first == "https://example.org/clsm/" + path.split(separator: "/").dropLast().joined(separator: "/") + "/")
        }
        let edition = Set(values(of: "UID", in: try #require(first["sism/2025/sism-2025.ics"])))
        #expect(edition.count == 6 && edition.isSubset(of: all))
        for (path, text) in first {
            #expect(values(of: "UID", in: text) == values(of: "UID", in: try #require(later[path])))
            #expect(Set(values(of: "DTSTAMP", in: text)) == ["20251012T100000Z"])
            #expect(Set(values(of: "DTSTAMP", in: try #require(later[path]))) == ["20260921T141320Z"])
        }
    }

    @Test func everyFeedEndsItsLinesWithCRLFAndDescribesTheZone() throws {
        for (path, text) in try feeds(now: Date(timeIntervalSince1970: 1_760_263_200)) {
            let bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] == 10 {
                #expect(index > 0 && bytes[index - 1] == 13, "\(path): a bare LF")
            }
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"), "\(path)")
        }
    }
}
