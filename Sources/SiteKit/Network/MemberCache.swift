import FrenchText

/// Where `clsm network fetch` keeps the files of members published at a URL: `network-cache/<slug of the URL>/`
/// inside the network site, read by `clsm build` as a member's folder.
enum MemberCache {
    /// The cache's folder name in the site.
    static let folderName = "network-cache"

    /// True when a member's `exports` is a URL rather than a folder.
    static func isURL(_ exports: String) -> Bool {
        exports.hasPrefix("https://") || exports.hasPrefix("http://")
    }

    /// The folder holding the last good copy of the member published at `url`.
    static func folder(of url: String, in siteDirectory: String) -> String {
        let address = url.drop { $0 != ":" }.dropFirst(3)
        return siteDirectory + "/" + folderName + "/" + Slug.make(from: String(address))
    }

    /// The URL of the file at `path` of the member published at `base`.
    static func url(of path: String, below base: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + path
    }
}
