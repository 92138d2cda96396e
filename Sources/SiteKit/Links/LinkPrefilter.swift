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

    /// `references` without the URLs known to lead somewhere, for the page published at `urlPath`.
    func filter(_ references: HTMLReferences, onPageAt urlPath: String, file: String) -> HTMLReferences {
        var kept = references
        kept.keepURLs { !isKnownGood($0, onPageAt: urlPath, file: file, ids: references.ids) }
        return kept
    }

    private func isKnownGood(_ url: String, onPageAt urlPath: String, file: String, ids: Set<String>) -> Bool {
        switch LinkTarget.of(url, onPageAt: urlPath, base: base) {
        case .external:
            return true
        case .outsideBase:
            return false
        case .site(let path, let fragment):
            guard let target = known.file(at: path) else { return false }
            guard let anchor = LinkTarget.anchor(fragment) else { return true }
            return target == file && ids.contains(anchor)
        }
    }
}
