import ArgumentParser
import Foundation
import SiteKit

/// `clsm network fetch [SITE_DIR]`: what a network site needs from the members it names by URL.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Work with a network site's members.",
        subcommands: [FetchCommand.self]
    )

    /// Downloads the members' published files into the site's `network-cache/`.
    struct FetchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fetch",
            abstract: "Download the clsm.json, agenda.json and ressources.json of the members given by URL.",
            discussion: """
                Each member's files go to SITE_DIR/network-cache/, which `clsm build` reads; a member that fails keeps its \
                last good copy. Exit status: 0 when every member was fetched, 1 otherwise.
                """
        )

        @Argument(help: "The network site's folder (with a site.yml).")
        var site = "."

        @Option(help: "Seconds to wait for a server's answer.")
        var timeout: Double = 20

        @Option(help: "The most bytes one file may have.")
        var maxBytes: Int = 20_000_000

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard timeout > 0, maxBytes > 0 else { throw ValidationError("--timeout and --max-bytes must be positive") }
        }

        func run() throws {
            let cwd = FileManager.default.currentDirectoryPath
            let messages = language.resolve(site: site, cwd: cwd)
            guard let folder = SiteFolder(path: site, cwd: cwd) else {
                Console.error(ReportedDiagnostic(site: site, severity: .error, message: .noSuchSiteFolder()).humanLine(in: messages))
                throw ExitCode(1)
            }
            var log = DiagnosticLog()
            let outcome = MemberFetcher(timeout: timeout, maxBytes: maxBytes).fetch(folder, log: &log)
            for diagnostic in log.sorted { Console.error(ReportedDiagnostic(diagnostic, site: site).humanLine(in: messages)) }
            guard let outcome else { throw ExitCode(1) }
            Console.output("\(site): fetched \(outcome.fetched) member\(outcome.fetched == 1 ? "" : "s")"
                           + (outcome.failed > 0 ? ", \(outcome.failed) failed" : ""))
            if outcome.failed > 0 { throw ExitCode(1) }
        }
    }
}
