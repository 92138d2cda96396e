import Foundation
import SiteKit

/// Builds one site given on the command line and reports its diagnostics.
struct SiteRun {
    let argument: String
    let output: String?
    let cwd: String
    let context: BuildContext
    let strict: Bool

    /// Builds; prints diagnostics on standard error and a summary on standard output; true on success.
    func execute() -> Bool {
        guard let folder = SiteFolder(path: argument, cwd: cwd) else {
            Console.error("\(argument): error: no such site folder")
            return false
        }
        let outputPath = absolute(output ?? Self.join(argument, "public"))
        var log = DiagnosticLog()
        var built = false
        if let files = SiteBuilder(folder: folder, context: context).render(log: &log), !(strict && log.hasWarnings) {
            built = OutputWriter.write(files, to: outputPath, folder: folder, log: &log)
            if built { Console.output("\(argument): built \(files.count) files into \(display(outputPath))") }
        }
        report(log)
        if strict && log.hasWarnings && !log.hasErrors {
            Console.error("\(argument): error: warnings are errors with --strict; the output was not changed")
            return false
        }
        return built
    }

    private func report(_ log: DiagnosticLog) {
        let prefix = argument == "." ? "" : Self.join(argument, "")
        for diagnostic in log.sorted {
            Console.error(prefix + diagnostic.description)
        }
        let errors = log.entries.filter { $0.severity == .error }.count
        let warnings = log.entries.count - errors
        if errors > 0 {
            Console.error("\(argument): \(Self.count(errors, "error")), \(Self.count(warnings, "warning")); the output was not changed")
        }
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

    private static func count(_ number: Int, _ word: String) -> String {
        "\(number) \(word)\(number == 1 ? "" : "s")"
    }
}
