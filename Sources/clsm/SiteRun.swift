import Foundation
import SiteKit

/// Builds or checks one site given on the command line and reports its diagnostics.
struct SiteRun {
    /// What the run does with a site that has no error.
    enum Mode {
        /// Writes it into `output` (default: `SITE_DIR/public`).
        case build(output: String?)
        /// Writes nothing.
        case check
    }

    let argument: String
    let mode: Mode
    let cwd: String
    let context: BuildContext
    let strict: Bool
    /// Whether the stages' timings are printed on standard error (`--timings`).
    let printsTimings: Bool

    /// True when the site's `site.yml` has a top-level `network:` block (read as text: any mistake is the build's to report).
    var isNetworkSite: Bool {
        let path = (argument.hasPrefix("/") ? argument : cwd + "/" + argument) + "/site.yml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("network:") }
    }

    /// Builds or checks; prints diagnostics and a summary through `reporter`; true on success.
    func execute(reporter: inout DiagnosticsFormatReporter) -> Bool {
        guard let folder = SiteFolder(path: argument, cwd: cwd) else {
            reporter.problem(.noSuchSiteFolder(), site: argument)
            return false
        }
        var log = DiagnosticLog()
        let summary = RunSummary(language: reporter.language)
        var succeeded = false
        var timings = BuildTimings(enabled: printsTimings)
        let builder = SiteBuilder(folder: folder, context: context)
        switch mode {
        case .build(let output):
            let outputPath = absolute(output ?? Self.join(argument, "public"))
            if let count = builder.build(into: outputPath, strict: strict, log: &log, timings: &timings) {
                succeeded = true
                reporter.status(summary.built(argument, files: count, into: display(outputPath), warnings: log.entries.count))
                if FileManager.default.fileExists(atPath: outputPath + "/" + SearchIndex.filterFolder) {
                    reporter.status("\(argument): \(SearchIndex.unstableFilesNote)")
                }
            }
        case .check:
            if let count = builder.build(into: nil, strict: strict, log: &log, timings: &timings) {
                succeeded = true
                reporter.status(summary.checked(argument, files: count, warnings: log.entries.count))
            }
        }
        if printsTimings { timings.lines(threads: context.jobs).forEach { reporter.note($0) } }
        reporter.report(log, site: argument)
        let errors = log.entries.filter { $0.severity == .error }.count
        if errors > 0 {
            reporter.failure(summary.failed(argument, errors: errors, warnings: log.entries.count - errors, isBuild: isBuild))
        } else if strict && log.hasWarnings {
            reporter.problem(.strictWarnings(isBuild: isBuild), site: argument)
            return false
        }
        return succeeded
    }

    /// True for a build, which leaves its output as it was when it fails; a check writes nothing anyway.
    private var isBuild: Bool {
        if case .build = mode { return true }
        return false
    }

    private func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : cwd + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    private func display(_ path: String) -> String {
        path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
