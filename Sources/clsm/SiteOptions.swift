import ArgumentParser
import Foundation
import SiteKit

/// The options `build` and `check` share: what the build depends on and how problems are printed.
struct SiteOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "Replaces base_url of site.yml.")
    var baseURL: String?

    @Option(help: "The build's \"now\", ISO 8601 (2025-10-12 or 2025-10-12T12:00:00+02:00); else SOURCE_DATE_EPOCH; else the clock.")
    var now: String?

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: "How problems are printed: human, github (GitHub Actions annotations on standard output) or json (one list on standard output).")
    var format: DiagnosticFormat = .human

    @OptionGroup var language: LanguageOption

    @Flag(help: "Print every warning in full, even when a kind of warning comes many times.")
    var verbose = false

    @Option(name: .shortAndLong, help: "How many threads render pages (default: the processors available); the output is the same for any number.")
    var jobs: Int?

    @Flag(help: "Print the guide to guide-des-ressources.pdf with headless Chromium, as guide.pdf: true in site.yml does (build only).")
    var pdf = false

    @Flag(help: "Print on standard error how long each stage of the build took, and the time spent in the template engine and in cmark.")
    var timings = false

    /// Checks the values no type can, while the command's usage can still be shown: a number of threads is at least
    /// 1, "now" is a date.
    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        _ = try NowOption.resolve(now)
    }

    /// The build context these options give, files' last changes read from git; a usage error when "now" cannot be read.
    func context() throws -> BuildContext {
        var context = BuildContext(now: try NowOption.resolve(now), includeDrafts: drafts, baseURLOverride: baseURL, jobs: jobs)
        context.readsGitHistory = true
        context.guidePDF = pdf
        return context
    }

    /// Runs `run` on each site folder and exits 1 when one of them failed. With more sites than threads, the sites
    /// are built side by side, one thread each, and reported in the order given; the output is the same either way.
    func runEach(_ sites: [String], _ mode: SiteRun.Mode) throws {
        var context = try context()
        let cwd = FileManager.default.currentDirectoryPath
        let language = self.language.resolve(site: sites.first, cwd: cwd)
        var reporter = DiagnosticsFormatReporter(format: format, language: language, verbose: verbose)
        let sideBySide = sites.count > 1 && context.jobs > 1
        let threads = context.jobs
        if sideBySide { context.jobs = 1 }
        if sites.count > 1 {
            context.themeCache = ThemeCache()
            context.gitHistories = GitHistoryCache()
            context.outputRemovals = OutputRemovals()
        }
        let runs = sites.map { SiteRun(argument: $0, mode: mode, cwd: cwd, context: context, strict: strict, printsTimings: timings) }
        let format = self.format
        let verbose = self.verbose
        // Network sites read what the others publish: they are built once the others are written.
        let waves = [runs.indices.filter { !runs[$0].isNetworkSite }, runs.indices.filter { runs[$0].isNetworkSite }]
        var outcomes: [Int: (succeeded: Bool, reporter: DiagnosticsFormatReporter)] = [:]
        for wave in waves {
            let results = ParallelWork.map(count: wave.count, jobs: sideBySide ? threads : 1) { position in
                var buffered = DiagnosticsFormatReporter(format: format, language: language, verbose: verbose, buffered: true)
                let succeeded = runs[wave[position]].execute(reporter: &buffered)
                return (succeeded, buffered)
            }
            for (position, result) in results.enumerated() { outcomes[wave[position]] = result }
        }
        context.outputRemovals?.finish()
        var failed = false
        for index in runs.indices {
            guard let outcome = outcomes[index] else { continue }
            reporter.replay(outcome.reporter)
            failed = failed || !outcome.succeeded
        }
        reporter.finish()
        if failed { throw ExitCode(1) }
    }
}
