import Foundation

/// Where a URL found in a rendered page leads, relative to the output folder.
enum LinkTarget: Equatable {
    /// Another host, `mailto:`, `tel:`, an empty href: not checked (external links are not fetched).
    case external
    /// A path of the site's host outside the site's base path (`/css/x.css` for a site under `/clsm/`).
    case outsideBase
    /// A place in the site: the path below the output folder (`guide/cmp/`, `docs/a.pdf`, `` for the home),
    /// and the fragment without its `#`, percent-decoded; nil when there is none.
    case site(path: String, fragment: String?)

    /// The id `fragment` asks the target page to have; nil when it asks none: no fragment, an empty one, or `top`,
    /// which scrolls to the top of any page by the HTML standard.
    static func anchor(_ fragment: String?) -> String? {
        guard let fragment, !fragment.isEmpty, fragment.lowercased() != "top" else { return nil }
        return fragment
    }

    /// True when `url` leads to the same place from every page: a path from the host's root, or a full URL. Its
    /// target, unlike a relative link's, may be found once for all the pages it stands on.
    static func isSameFromEveryPage(_ url: String) -> Bool {
        url.utf8.first == UInt8(ascii: "/") || LinkResolver.hasScheme(url)
    }

    /// The target of `url` written on the page published at `pageURLPath` (`guide/cmp/`, `404.html`).
    static func of(_ url: String, onPageAt pageURLPath: String, base: BaseURL) -> LinkTarget {
        var reference = Substring(url)
        if reference.isEmpty || reference.hasPrefix("//") { return .external }
        if LinkResolver.hasScheme(String(reference)) {
            // A full URL of the site itself (the canonical link, an editor's pasted address) is checked like a path;
            // any other, even on the same host, is another site.
            let site = base.origin.lowercased() + base.path.dropLast()
            let lowered = reference.lowercased()
            guard lowered.hasPrefix(site) else { return .external }
            let rest = reference.dropFirst(site.count)
            guard rest.isEmpty || "/?#".contains(rest.first ?? "/") else { return .external }
            reference = reference.dropFirst(base.origin.count)
        }
        var fragment: String?
        if let hash = reference.firstIndex(of: "#") {
            fragment = decoded(reference[reference.index(after: hash)...])
            reference = reference[..<hash]
        }
        if let query = reference.firstIndex(of: "?") { reference = reference[..<query] }
        let pageFolder = pageURLPath.isEmpty || pageURLPath.hasSuffix("/") ? pageURLPath : Path.parent(of: pageURLPath)
        let path: String
        if reference.isEmpty {
            path = pageURLPath
        } else if reference.hasPrefix("/") {
            let absolute = decoded(reference)
            guard absolute.hasPrefix(base.path) || absolute + "/" == base.path else { return .outsideBase }
            path = String(absolute.dropFirst(min(base.path.count, absolute.count)))
        } else {
            path = Path.join(pageFolder, decoded(reference))
        }
        guard let normalized = Path.normalize(path) else { return .outsideBase }
        let keepsSlash = path.hasSuffix("/") && !normalized.isEmpty
        return .site(path: keepsSlash ? normalized + "/" : normalized, fragment: fragment)
    }

    private static func decoded(_ text: Substring) -> String {
        PercentDecoding.decode(text) ?? String(text)
    }
}
