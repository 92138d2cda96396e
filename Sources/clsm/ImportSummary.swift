import SiteKit

/// What `clsm import` prints when it is done: each file written (or, in a dry run, to be), then the counts.
struct ImportSummary {
    let outcome: GuideImport.Outcome
    let site: String
    let dryRun: Bool

    var lines: [String] {
        let prefix = site == "." ? "" : site.hasSuffix("/") ? site : site + "/"
        let written = outcome.wrote || dryRun
        var lines: [String] = []
        if written {
            lines += outcome.created.map { "\(dryRun ? "would create" : "created") \(prefix)\($0)" }
            lines += outcome.updated.map { "\(dryRun ? "would update" : "updated") \(prefix)\($0)" }
        }
        var counts = ["\(outcome.created.count) new", "\(outcome.updated.count) updated", "\(outcome.unchanged.count) unchanged"]
        if !outcome.skippedRows.isEmpty {
            counts.append("\(outcome.skippedRows.count) \(outcome.skippedRows.count == 1 ? "row" : "rows") with errors (\(outcome.skippedRows.map(String.init).joined(separator: ", ")))")
        }
        let verdict: String
        if dryRun {
            verdict = "dry run, nothing written"
        } else if outcome.wrote {
            verdict = "written"
        } else if !outcome.skippedRows.isEmpty {
            verdict = "nothing written: correct the rows, or pass --skip-invalid to write the others"
        } else {
            verdict = "nothing to change"
        }
        lines.append("import: \(counts.joined(separator: ", ")); \(verdict)")
        return lines
    }
}
