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
    /// The site's folder, which a network site's members are relative to; nil when building from memory.
    public var siteDirectory: String? = nil
    /// How many threads the stages may share their work among; the result is the same for any number.
    public var jobs = 1
}
