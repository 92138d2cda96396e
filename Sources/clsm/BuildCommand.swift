import ArgumentParser
import Foundation
import SiteKit

/// `clsm build [SITE_DIR…]`: builds one site or several into their output folders.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build sites into static files.",
        discussion: "Exit status: 0 when every site was built, 1 when a site has errors (its output is left untouched)."
    )

    @Argument(help: "Site folders (each with a site.yml).")
    var sites: [String] = ["."]

    @Option(help: "Output folder (default: SITE_DIR/public). Only with a single site.")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Replaces base_url of site.yml.")
    var baseURL: String?

    @Option(help: "The build's \"now\", ISO 8601 (2025-10-12 or 2025-10-12T12:00:00+02:00); else SOURCE_DATE_EPOCH; else the clock.")
    var now: String?

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Fail on warnings too.")
    var strict = false

    func validate() throws {
        if output != nil && sites.count > 1 {
            throw ValidationError("--output can only be given with a single site folder")
        }
    }

    func run() throws {
        let buildNow: BuildNow
        do {
            buildNow = try BuildNow.resolve(option: now, environment: ProcessInfo.processInfo.environment, clock: Date.init)
        } catch {
            throw ValidationError(error.description)
        }
        let context = BuildContext(now: buildNow, includeDrafts: drafts, baseURLOverride: baseURL)
        let cwd = FileManager.default.currentDirectoryPath
        var failed = false
        for site in sites {
            let run = SiteRun(argument: site, output: output, cwd: cwd, context: context, strict: strict)
            failed = !run.execute() || failed
        }
        if failed { throw ExitCode(1) }
    }
}
