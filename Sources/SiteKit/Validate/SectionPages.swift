import Foundation
import FrenchText

/// The pages of section folders that have no `index.md`, and of the home page when `content/index.md` is missing.
enum SectionPages {
    /// Titles of the folders every CLSM site has, as a visitor should read them.
    static let knownTitles: [String: String] = [
        "actions": "Actions",
        "actualites": "Actualités",
        "agenda": "Agenda",
        "guide": "Guide des ressources",
        "organisation": "Organisation",
    ]

    /// The generated page of `folder` (`` for the home page).
    static func generated(for folder: String, config: SiteConfig) -> Page {
        let name = Path.segments(folder).last ?? ""
        let title = folder.isEmpty ? config.title : (knownTitles[folder] ?? humanTitle(name))
        let source = folder.isEmpty ? "content/" : "content/\(folder)/"
        return Page(
            source: source, contentPath: Path.join(folder, "index.md"), kind: .page, title: title, description: nil,
            slug: nil, date: nil, updated: nil, isDraft: false, weight: nil, aliases: [], menuTitle: nil,
            layout: nil, body: "", bodyFirstLine: 1, details: nil, isGenerated: true
        )
    }

    private static func humanTitle(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
