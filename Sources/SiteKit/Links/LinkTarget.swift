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
        asciiTarget(of: url, onPageAt: pageURLPath, base: base) ?? generalTarget(of: url, onPageAt: pageURLPath, base: base)
    }

    /// The target `generalTarget` finds, read as bytes when `url` and the base are printable ASCII, where each byte is a
    /// Character and lowercasing is ASCII's; nil for any other text. Every link of every page passes here, and walking
    /// a URL's Characters three times cost about 38,000 instructions a link.
    static func asciiTarget(of url: String, onPageAt pageURLPath: String, base: BaseURL) -> LinkTarget? {
        guard url.isPrintableASCII, base.origin.isPrintableASCII, base.path.isPrintableASCII else { return nil }
        let bytes = Array(url.utf8)
        let slash = UInt8(ascii: "/")
        if bytes.isEmpty || (bytes.count >= 2 && bytes[0] == slash && bytes[1] == slash) { return .external }
        var start = 0
        var end = bytes.count
        if LinkResolver.hasScheme(url) {
            let site = Array(base.origin.lowercased().utf8) + Array(base.path.utf8.dropLast())
            guard bytes.count >= site.count, site.indices.allSatisfy({ lowercase(bytes[$0]) == site[$0] }) else { return .external }
            guard bytes.count == site.count || [slash, UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[site.count])
            else { return .external }
            start = base.origin.utf8.count
        }
        var fragment: String?
        if let hash = bytes[start..<end].firstIndex(of: UInt8(ascii: "#")) {
            fragment = decoded(Substring(String(decoding: bytes[(hash + 1)..<end], as: UTF8.self)))
            end = hash
        }
        if let query = bytes[start..<end].firstIndex(of: UInt8(ascii: "?")) { end = query }
        return target(ofPath: Substring(String(decoding: bytes[start..<end], as: UTF8.self)), fragment: fragment,
                      onPageAt: pageURLPath, base: base)
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// The target of any `url`, read as Characters.
    static func generalTarget(of url: String, onPageAt pageURLPath: String, base: BaseURL) -> LinkTarget {
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
        return target(ofPath: reference, fragment: fragment, onPageAt: pageURLPath, base: base)
    }

    /// The target of `reference`, a URL's path without its query and fragment.
    private static func target(ofPath reference: Substring, fragment: String?, onPageAt pageURLPath: String, base: BaseURL) -> LinkTarget {
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
