import Foundation
@testable import SiteKit

/// Events read from front matter text through the real readers, for tests.
enum EventSamples {
    /// The "now" of the fixtures: Sunday 12 October 2025, noon in Paris.
    static let now = Date(timeIntervalSince1970: 1_760_263_200)

    /// A site in Europe/Paris with the 2025 SISM edition, or another `timezone`.
    static func config(timezone: String = "Europe/Paris") -> SiteConfig? {
        var log = DiagnosticLog()
        return SiteConfigReader.read("""
            title: Test
            base_url: https://example.org/
            timezone: \(timezone)
            contact: {name: CLSM}
            sism:
              editions:
                - {year: 2025, number: 36, start: 2025-10-06, end: 2025-10-19}
            """, file: "site.yml", baseURLOverride: nil, log: &log)
    }

    /// The details of an event whose front matter lines (after `title:`) are `lines`, and every diagnostic.
    static func read(_ lines: String, timezone: String = "Europe/Paris") -> (details: EventDetails?, diagnostics: [String]) {
        guard let config = config(timezone: timezone) else { return (nil, ["unusable site.yml"]) }
        var log = DiagnosticLog()
        let text = "---\ntitle: Essai\n" + lines + "\n---\n"
        let page = PageReader.read(text: text, contentPath: "agenda/essai.md", kind: .event,
                                   context: ValidationContext(config: config, now: now), log: &log)
        return (page?.details as? EventDetails, log.sorted.map { $0.line(in: .english) })
    }

    /// The schedule of an event with `start` and optional `end`, in Paris.
    static func schedule(_ start: String, _ end: String? = nil) -> EventSchedule? {
        read("start: \(start)\n" + (end.map { "end: \($0)\n" } ?? "") + "type: autre\ncommune: Metz").details?.schedule
    }
}
