import ArgumentParser
import Foundation
import SiteKit

/// `clsm stale [SITE_DIR…]`: the guide entries to check again, one line each, so a coordinator knows whom to call.
struct StaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "List the guide entries not checked for more than a year.",
        discussion: """
            Prints one line per entry, never checked first, then the oldest: `path:line:col: note: …`, at the entry's \
            `updated:` date. Exit status: 0 when the sites could be read, whatever they hold; 1 when one cannot.
            """
    )

    @Argument(help: "Site folders (each with a site.yml).")
    var sites: [String] = ["."]

    @Option(help: "The day to count from, ISO 8601 (2025-10-12); else SOURCE_DATE_EPOCH; else the clock.")
    var now: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let buildNow = try NowOption.resolve(now)
        let cwd = FileManager.default.currentDirectoryPath
        var failed = false
        for site in sites {
            failed = !list(site, context: BuildContext(now: buildNow), cwd: cwd) || failed
        }
        if failed { throw ExitCode(1) }
    }

    /// Prints the stale entries of one site on standard output, its errors on standard error; false when it cannot be read.
    private func list(_ site: String, context: BuildContext, cwd: String) -> Bool {
        let messages = language.resolve(site: site, cwd: cwd)
        guard let folder = SiteFolder(path: site, cwd: cwd) else {
            Console.error(ReportedDiagnostic(site: site, severity: .error, message: .noSuchSiteFolder()).humanLine(in: messages))
            return false
        }
        let prefix = site == "." ? "" : (site.hasSuffix("/") ? site : site + "/")
        var log = DiagnosticLog()
        let entries = GuideStaleness.entries(in: folder, context: context, log: &log)
        for diagnostic in log.sorted where diagnostic.severity == .error {
            Console.error(ReportedDiagnostic(diagnostic, site: site).humanLine(in: messages))
        }
        guard let entries else { return false }
        for entry in entries {
            Console.output(prefix + entry.description)
        }
        let count = entries.count
        Console.error(count == 0 ? "\(site): every guide entry was checked within the last year"
                                 : "\(site): \(count) guide \(count == 1 ? "entry" : "entries") to check")
        return true
    }
}
