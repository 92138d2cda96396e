import Foundation

/// `clsm network fetch`: downloads the files of the members a network site names by URL into its `network-cache/`,
/// replacing a member's copy only with a complete, readable one.
public struct MemberFetcher: Sendable {
    /// Seconds without an answer after which a download is abandoned.
    public var timeout: Double
    /// The most bytes one file may have.
    public var maxBytes: Int

    /// A fetcher with these limits.
    public init(timeout: Double = 20, maxBytes: Int = 20_000_000) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// What a fetch did.
    public struct Outcome: Sendable {
        /// The members whose copy was replaced.
        public var fetched = 0
        /// The members that failed, their last good copy kept.
        public var failed = 0
    }

    /// Fetches every URL member of the site in `folder`; nil when its `site.yml` cannot be read. Each failure is in `log`.
    public func fetch(_ folder: SiteFolder, log: inout DiagnosticLog) -> Outcome? {
        guard let bytes = FileSystem.read(folder.configFile) else {
            log.error(.cannotReadSiteFile(), at: SourceLocation(file: "site.yml"))
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let config = SiteConfigReader.read(text, file: "site.yml", baseURLOverride: nil, log: &log) else { return nil }
        guard let network = config.network else {
            log.error(.notNetworkSite(), at: SourceLocation(file: "site.yml"))
            return nil
        }
        var outcome = Outcome()
        for exports in network.members where MemberCache.isURL(exports.value) {
            if fetch(exports, into: MemberCache.folder(of: exports.value, in: folder.root), site: folder.root, log: &log) {
                outcome.fetched += 1
            } else {
                outcome.failed += 1
            }
        }
        return outcome
    }

    /// Downloads one member into a fresh folder beside `cache`, reads it as a build would, then puts it in place.
    private func fetch(_ exports: Located<String>, into cache: String, site: String, log: inout DiagnosticLog) -> Bool {
        let fresh = cache + ".clsm-tmp"
        _ = FileSystem.removeTree(fresh)
        defer { _ = FileSystem.removeTree(fresh) }
        let download = HTTPDownload(timeout: timeout, maxBytes: maxBytes)
        let hasCopy = FileSystem.isDirectory(cache)
        func get(_ path: String) -> Bool {
            let url = MemberCache.url(of: path, below: exports.value)
            switch download.get(url) {
            case .failure(let problem):
                log.error(.memberFetchFailed(exports.value, url: url, problem: problem.message, hasCopy: hasCopy),
                          at: exports.location)
                return false
            case .success(let body):
                let target = Path.join(fresh, path)
                guard FileSystem.createDirectories(Path.parent(of: target)), FileSystem.write(body, to: target) else {
                    log.error(.memberCannotWrite(exports.value, path: target), at: exports.location)
                    return false
                }
                return true
            }
        }
        guard get(SiteExportPaths.identity) else { return false }
        let reader = MemberReader(siteDirectory: site)
        // clsm.json names the other files; an unreadable one, or a path leaving the member's folder, is reported below.
        let identity = reader.identity(in: fresh)
        for path in [identity?.exports.agenda, identity?.exports.resources].compactMap({ $0 }) {
            guard let relative = Path.normalize(path), !relative.hasPrefix("../") else { continue }
            guard get(relative) else { return false }
        }
        var reading = DiagnosticLog()
        guard reader.read(exports, in: fresh, log: &reading) != nil, !reading.hasErrors else {
            log.append(reading)
            log.error(.memberUnusable(exports.value, hasCopy: hasCopy), at: exports.location)
            return false
        }
        // The old copy goes only once the new one is in place.
        let old = cache + ".clsm-old"
        _ = FileSystem.removeTree(old)
        let hadCopy = FileSystem.isDirectory(cache)
        guard FileSystem.createDirectories(Path.parent(of: cache)), !hadCopy || FileSystem.rename(cache, to: old),
              FileSystem.rename(fresh, to: cache) else {
            if hadCopy && !FileSystem.isDirectory(cache) { _ = FileSystem.rename(old, to: cache) }
            log.error(.memberCannotMove(exports.value, into: cache), at: exports.location)
            return false
        }
        _ = FileSystem.removeTree(old)
        return true
    }
}
