import Foundation

/// The absolute URL a site is published at: `https://example.org/clsm/`, scheme and host and path.
public struct BaseURL: Sendable, Equatable, CustomStringConvertible {
    /// `https://example.org` — scheme and host, no trailing slash.
    public let origin: String
    /// The path the site lives under, starting and ending with `/` (`/` or `/clsm/`).
    public let path: String

    /// Parses an absolute http(s) URL; nil when it is not one.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        guard let schemeEnd = lowered.range(of: "://"),
              ["http", "https"].contains(String(lowered[..<schemeEnd.lowerBound])) else { return nil }
        let afterScheme = text[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let host = afterScheme[..<hostEnd]
        guard !host.isEmpty, !host.contains(where: { " \"'<>\\?#@".contains($0) }) else { return nil }
        var path = String(afterScheme[hostEnd...])
        guard !path.contains(where: { " \"'<>\\?#".contains($0) }) else { return nil }
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.origin = String(text[..<schemeEnd.upperBound]) + host
        self.path = path
    }

    /// The whole URL, ending with `/`.
    public var description: String { origin + path }

    /// The path of a site-relative URL path (`guide/cmp/` → `/clsm/guide/cmp/`).
    public func sitePath(_ relative: String) -> String {
        path + relative.drop(while: { $0 == "/" })
    }

    /// The absolute URL of a site-relative URL path.
    public func absolute(_ relative: String) -> String {
        origin + sitePath(relative)
    }
}
