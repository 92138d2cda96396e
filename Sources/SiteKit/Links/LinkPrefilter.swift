import Foundation

/// Sorts out, as each page is rendered, the links the final link check would find nothing wrong with, so that a page
/// keeps only the links whose check needs the whole rendered site.
///
/// A link kept by the filter is checked by `LinkChecker` as before; a dropped one leads to a file known before the
/// render (every page, every export written so far, every static file) and, when it has a fragment, to an id of its
/// own page: the final check would have found it good. The messages are therefore the same with or without it;
/// only the memory the link check holds until the end shrinks (lists of the guide link to every entry).
struct LinkPrefilter: Sendable {
    /// Output paths known before the pages are rendered; all of them are in the final output index.
    let known: SitePaths
    /// The site's base URL.
    let base: BaseURL
    /// Where the URLs that lead to the same place from every page lead: most of a page's links (menu, footer,
    /// breadcrumbs, the guide's lists) stand on many pages.
    private let targets = LinkTargetMemo()

    init(known: SitePaths, base: BaseURL) {
        self.known = known
        self.base = base
    }

    /// `references` without the URLs known to lead somewhere, for the page published at `urlPath`.
    func filter(_ references: HTMLReferences, onPageAt urlPath: String, file: String) -> HTMLReferences {
        var kept = references
        kept.keepURLs { !isKnownGood($0, onPageAt: urlPath, file: file, ids: references.ids) }
        return kept
    }

    private func isKnownGood(_ url: String, onPageAt urlPath: String, file: String, ids: Set<String>) -> Bool {
        let isSamePlaceEverywhere = LinkTarget.isSameFromEveryPage(url)
        let found = isSamePlaceEverywhere ? targets.target(of: url) : nil
        let (target, knownFile) = found ?? resolve(url, onPageAt: urlPath)
        if isSamePlaceEverywhere && found == nil { targets.remember(target, knownFile, for: url) }
        switch target {
        case .external:
            return true
        case .outsideBase:
            return false
        case .site(_, let fragment):
            guard let knownFile else { return false }
            guard let anchor = LinkTarget.anchor(fragment) else { return true }
            return knownFile == file && ids.contains(anchor)
        }
    }

    private func resolve(_ url: String, onPageAt urlPath: String) -> (LinkTarget, String?) {
        let target = LinkTarget.of(url, onPageAt: urlPath, base: base)
        guard case .site(let path, _) = target else { return (target, nil) }
        return (target, known.file(at: path))
    }
}

/// The targets of URLs that do not depend on the page they stand on (a path from the host's root, a full URL),
/// shared by the threads that render pages.
private final class LinkTargetMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var targets: [String: (LinkTarget, String?)] = [:]

    func target(of url: String) -> (LinkTarget, String?)? {
        lock.withLock { targets[url] }
    }

    func remember(_ target: LinkTarget, _ knownFile: String?, for url: String) {
        lock.withLock { targets[url] = (target, knownFile) }
    }
}
