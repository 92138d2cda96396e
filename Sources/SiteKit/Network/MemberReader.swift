import Foundation

/// Reads one member's published files from its folder, each mistake reported once at the member's `exports` in
/// site.yml, naming the member and the file.
struct MemberReader {
    /// The network site's folder, which `exports` folders are relative to.
    let siteDirectory: String

    /// The member written at `exports`, read from its folder or, for a URL, from the copy `clsm network fetch` keeps;
    /// nil when its `clsm.json` cannot be used (its other files are then not read).
    func read(_ exports: Located<String>, log: inout DiagnosticLog) -> NetworkMember? {
        if MemberCache.isURL(exports.value) {
            let folder = MemberCache.folder(of: exports.value, in: siteDirectory)
            guard FileSystem.isDirectory(folder) else {
                log.error(.memberNotFetched(exports.value),
                          at: exports.location)
                return nil
            }
            return read(exports, in: folder, log: &log)
        }
        let folder = Path.absolute(exports.value, from: siteDirectory)
        guard FileSystem.isDirectory(folder) else {
            log.error(.memberNoFolder(exports.value),
                      at: exports.location)
            return nil
        }
        return read(exports, in: folder, log: &log)
    }

    /// The member written at `exports`, from the files in `folder`.
    func read(_ exports: Located<String>, in folder: String, log: inout DiagnosticLog) -> NetworkMember? {
        let files = Files(folder: folder, exports: exports)
        guard let identity: MemberIdentity = files.decode(SiteExportPaths.identity, format: "clsm-site/1", log: &log) else { return nil }
        let agenda: MemberAgenda? = files.decode(identity.exports.agenda, format: "clsm-agenda/1", log: &log)
        let guide: MemberGuide? = identity.exports.resources.flatMap { files.decode($0, format: "clsm-guide", version: 1, log: &log) }
        return NetworkMember(identity: identity, editions: agenda?.editions ?? [], events: agenda?.events ?? [],
                             resources: guide?.resources ?? [])
    }

    /// The `clsm.json` in `folder` when it can be read; nil otherwise, quietly: reading the member says why.
    func identity(in folder: String) -> MemberIdentity? {
        var ignored = DiagnosticLog()
        return Files(folder: folder, exports: Located("", at: SourceLocation(file: "site.yml")))
            .decode(SiteExportPaths.identity, format: "clsm-site/1", log: &ignored)
    }

    /// A member's folder, and where site.yml names it.
    private struct Files {
        let folder: String
        let exports: Located<String>

        /// The file at `path` below the folder as `T`, when its `format` (and `version`) is the one given.
        func decode<T: Decodable>(_ path: String, format: String, version: Int? = nil, log: inout DiagnosticLog) -> T? {
            guard let relative = Path.normalize(path), !relative.hasPrefix("../") else {
                log.error(.memberPathOutside(exports.value, path: path), at: exports.location)
                return nil
            }
            guard let bytes = FileSystem.read(Path.join(folder, relative)) else {
                log.error(.memberFileUnreadable(exports.value, path: relative), at: exports.location)
                return nil
            }
            let data = Data(bytes)
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            guard let probe = try? decoder.decode(FormatProbe.self, from: data) else {
                log.error(.memberFileNotJSON(exports.value, path: relative), at: exports.location)
                return nil
            }
            let written = probe.format.map { name in probe.version.map { "\(name)` version `\($0)" } ?? name }
            guard probe.format == format, version == nil || probe.version == version else {
                let expected = version.map { "\(format)` version `\($0)" } ?? format
                log.error(.memberFileFormat(exports.value, path: relative, written: written, expected: expected), at: exports.location)
                return nil
            }
            do {
                return try decoder.decode(T.self, from: data)
            } catch let error as DecodingError {
                log.error(.memberFileInvalid(exports.value, path: relative, problem: Self.describe(error)), at: exports.location)
            } catch {
                log.error(.memberFileInvalid(exports.value, path: relative, problem: Wording(fr: "est illisible : \(error)", en: "cannot be read: \(error)")), at: exports.location)
            }
            return nil
        }

        /// What is wrong, in words: « lacks `events[3].title` », « has a number where text is expected at `events[0].start` ».
        private static func describe(_ error: DecodingError) -> Wording {
            func place(_ path: [any CodingKey]) -> String {
                path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop(while: { $0 == "." }).description
            }
            switch error {
            case .keyNotFound(let key, let context):
                let place = place(context.codingPath + [key])
                return Wording(fr: "n'a pas `\(place)`", en: "lacks `\(place)`")
            case .valueNotFound(_, let context):
                let place = place(context.codingPath)
                return Wording(fr: "a null là où une valeur est attendue, à `\(place)`", en: "has null where a value is expected at `\(place)`")
            case .typeMismatch(let type, let context):
                let place = place(context.codingPath)
                return Wording(fr: "a une valeur du mauvais type à `\(place)` (\(type) attendu)",
                               en: "has a value of the wrong type at `\(place)` (expected \(type))")
            case .dataCorrupted(let context):
                let place = place(context.codingPath)
                return Wording(fr: "n'est pas valable à `\(place)`", en: "is not valid at `\(place)`")
            @unknown default:
                return Wording(fr: "est illisible", en: "cannot be read")
            }
        }
    }

    private struct FormatProbe: Decodable {
        let format: String?
        let version: Int?
    }
}
