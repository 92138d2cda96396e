/// Output paths claimed twice: two sources that would write one file, compared as macOS and Windows compare names.
///
/// A content file replacing a generated page, and a site's static file replacing its theme's, are intended;
/// anything else (a static file where a page goes, a generated file where a static one goes, a file where
/// a page needs a folder) is an error that names both sources.
struct OutputCollisions {
    /// The site, whose pages and aliases claim paths.
    let site: ResolvedSite
    /// Makes the paths of static files relative to the site, for messages.
    let folder: SiteFolder

    /// One source of an output file: what the message names, and where the error is reported.
    private struct Claim {
        let path: String
        let source: String
        let location: SourceLocation
    }

    /// The static files to copy, once `rendered` (pages, feature files, redirects) is known; collisions go to `log`.
    func staticFiles(_ staticFiles: [String: String], besides rendered: [String], log: inout DiagnosticLog) -> [OutputFile] {
        let renderedPaths = Set(rendered)
        let aliases = aliasClaims()
        var claims = rendered.map { aliases[$0] ?? claim($0) }
        var copies: [OutputFile] = []
        for (path, source) in staticFiles.sorted(by: { $0.key < $1.key }) {
            let file = folder.relative(source)
            claims.append(Claim(path: path, source: "`\(file)`", location: SourceLocation(file: file)))
            if !renderedPaths.contains(path) { copies.append(OutputFile(path: path, contents: .copy(from: source))) }
        }
        report(claims, log: &log)
        return copies
    }

    private func report(_ claims: [Claim], log: inout DiagnosticLog) {
        var byKey: [String: Claim] = [:]
        for claim in claims {
            let key = NameFolding.key(claim.path)
            guard let first = byKey[key] else {
                byKey[key] = claim
                continue
            }
            let url = site.config.baseURL.sitePath(OutputIndex.urlPath(of: claim.path))
            log.error(.nameCollision(claim.source, first.source, at: url, likeness: NameFolding.likeness(first.path, claim.path)),
                      at: claim.location)
        }
        var reported: Set<String> = []
        for claim in claims {
            var folder = Path.parent(of: claim.path)
            while !folder.isEmpty {
                let key = NameFolding.key(folder)
                if let file = byKey[key], reported.insert(key).inserted {
                    let url = site.config.baseURL.sitePath(file.path)
                    log.error(.fileWhereFolderNeeded(file.source, url: url, claim: claim.source),
                              at: file.location)
                }
                folder = Path.parent(of: folder)
            }
        }
    }

    /// Who writes a rendered file: its content page, or clsm itself (generated pages, feeds).
    private func claim(_ path: String) -> Claim {
        let urlPath = OutputIndex.urlPath(of: path)
        if let index = site.pageByURLPath[urlPath], path.hasSuffix("index.html") {
            let source = site.pages[index].page.source
            return Claim(path: path, source: "`\(source)`", location: SourceLocation(file: source))
        }
        let what = site.generatedByURLPath[urlPath] != nil ? "page" : "file"
        return Claim(path: path, source: "the \(what) \(site.config.baseURL.sitePath(urlPath)) that clsm generates",
                     location: site.config.theme.location)
    }

    /// The redirect pages of `aliases:`, by output path, claimed by the alias as its page's file wrote it.
    private func aliasClaims() -> [String: Claim] {
        var claims: [String: Claim] = [:]
        for entry in site.pages {
            for alias in entry.page.aliases {
                guard let path = OutputPaths.aliasPath(alias.value), claims[path] == nil else { continue }
                claims[path] = Claim(path: path, source: "the alias `\(alias.value)` of `\(entry.page.source)`", location: alias.location)
            }
        }
        return claims
    }
}
