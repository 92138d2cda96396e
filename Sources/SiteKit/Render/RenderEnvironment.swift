import Foundation

/// What rendering needs besides the pages: language style, base URL, time zone and "now".
public struct RenderEnvironment: Sendable {
    /// French typography and dates, or text as written.
    let french: FrenchStyle
    /// Where the site is published.
    public let baseURL: BaseURL
    /// The site's time zone.
    public let timeZone: TimeZone
    /// The build's "now" as an instant.
    public let now: Date
    /// The theme's folder, for the data a theme ships (the guide's categories); nil when the theme is missing.
    public var themeDirectory: String? = nil
    /// By layout, the ids the theme gives to elements of the pages it lays out, which headings of their text may not take.
    public var reservedIdentifiers: [String: Set<String>] = [:]
    /// When each file last changed, by path in the site folder (`content/agenda/x.md`): its last commit, from git.
    public var lastChanges: [String: Date] = [:]
    /// The site's folder, which a network site's members are relative to; nil when building from memory.
    public var siteDirectory: String? = nil
    /// How many threads the stages may share their work among; the result is the same for any number.
    public var jobs = 1
    /// Where the JavaScript libraries of packages are installed (`/usr/share/javascript`).
    public var javascriptDirectory = "/usr/share/javascript"
}

extension RenderEnvironment {
    /// When `page` last changed: its file's last commit, else its `updated`, else its `date`; nil when none is known.
    func lastChange(of page: Page) -> Date? {
        lastChanges[page.source] ?? (page.updated ?? page.date).map { ZonedTime.instant(of: $0, in: timeZone) }
    }

    /// When `page`'s content was last edited: its file's last commit, else its `updated`; nil when neither is known.
    func lastEdit(of page: Page) -> Date? {
        lastChanges[page.source] ?? page.updated.map { ZonedTime.instant(of: $0, in: timeZone) }
    }

    /// The ids the headings of `entry`'s text may not take: those of the layout it is laid out with, `preferred` (a
    /// feature's) when the page names none.
    func reservedIdentifiers(for entry: ResolvedPage, preferred: String?) -> Set<String> {
        let layout = LayoutChooser.name(for: entry, preferred: preferred) { reservedIdentifiers[$0] != nil }
        return layout.flatMap { reservedIdentifiers[$0] } ?? []
    }
}
