import Foundation

/// The site's full-text search index, made by Pagefind over the written pages (`search: true` in site.yml).
///
/// Pagefind reads each page's language from `<html lang>` (French stemming for `fr`) and writes its index and its
/// script under `pagefind/` in the output.
public enum SearchIndex {
    /// Where Pagefind writes the index of its filters (category, commune, public of the guide's entries).
    public static let filterFolder = "pagefind/filter"
    /// What a build says of the files that are not the same from one build to the next.
    public static let unstableFilesNote = "Pagefind writes its filters in a different order in each build: "
        + "pagefind/filter/*.pf_filter, pagefind/pagefind.*.pf_meta and pagefind/pagefind-entry.json differ between two builds "
        + "of the same site; every other file of the index is the same"
    /// The environment variable that names Pagefind's binary.
    public static let binaryVariable = "CLSM_PAGEFIND"

    /// The binary: `CLSM_PAGEFIND` when set, else `pagefind` or `pagefind_extended` on `PATH`; nil when none is found.
    public static func findBinary(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment[binaryVariable], !named.isEmpty { return named }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for folder in folders {
            for name in ["pagefind", "pagefind_extended"] where FileSystem.isFile(folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// Indexes the pages written in `folder` with the binary at `binary`; false (reason in `log`, at `location`, the
    /// `search:` key) when it is missing or fails.
    static func run(binary: String?, folder: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        guard let binary, FileSystem.isFile(binary) else {
            log.error(.pagefindMissing(at: binary, variable: binaryVariable),
                      at: location)
            return false
        }
        // Pagefind reads the pages with plain apostrophes (SearchSource) and writes its index into the output.
        let source = folder + "/" + SearchSource.folderName
        defer { FileSystem.removeTree(source) }
        if let failed = SearchSource.write(from: folder, into: source) {
            log.error(.cannotRunPagefind(binary, error: "cannot write `\(failed)`"), at: location)
            return false
        }
        do {
            let (status, errors) = try ExternalProgram.run(binary, ["--site", source, "--output-path", folder + "/pagefind", "--silent"])
            guard status == 0 else {
                let detail = errors.joined(separator: " ")
                log.error(.pagefindFailed(status: status, detail: detail), at: location)
                return false
            }
            return true
        } catch {
            log.error(.cannotRunPagefind(binary, error: error.localizedDescription), at: location)
            return false
        }
    }
}
