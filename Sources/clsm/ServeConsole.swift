import Foundation
import Preview
import SiteKit

/// What `clsm serve` prints after each build: the errors, each with its line; a warning once, until it changes or
/// goes away and comes back (a rebuild does not repeat the warnings already printed); then how the build went.
final class ServeConsole: @unchecked Sendable {
    private let folder: SiteFolder
    private let language: MessageLanguage
    private let lock = NSLock()
    /// The warnings of the previous build, printed already.
    private var printedWarnings: Set<Diagnostic> = []

    init(folder: SiteFolder, language: MessageLanguage) {
        self.folder = folder
        self.language = language
    }

    /// Prints what `report` found and how the build went.
    func print(_ report: PreviewReport) {
        let warnings = Set(report.diagnostics.filter { $0.severity == .warning })
        let new = lock.withLock {
            defer { printedWarnings = warnings }
            return warnings.subtracting(printedWarnings)
        }
        let shown = report.diagnostics.filter { $0.severity == .error } + report.diagnostics.filter { new.contains($0) }
        let excerpts = PreviewReport.excerpts(of: shown, in: folder)
        for diagnostic in shown {
            Console.error(diagnostic.line(in: language))
            excerpts[diagnostic.location]?.lines.forEach(Console.error)
        }
        let time = String(format: "%.3f", report.seconds)
        let count = report.changedFiles.count
        if report.failed {
            Console.error(text(fr: "le site a des erreurs (affichées dans le navigateur) ; en attente d'une correction",
                               en: "the site has errors (shown in the browser); waiting for a fix"))
        } else if report.isFirst {
            Console.output(text(fr: "\(count) fichier\(count > 1 ? "s" : "") construit\(count > 1 ? "s" : "") en \(time) s",
                                en: "built \(count) files in \(time) s"))
        } else {
            Console.output(text(fr: "reconstruit en \(time) s : \(count) fichier\(count > 1 ? "s" : "") modifié\(count > 1 ? "s" : "")",
                                en: "rebuilt in \(time) s: \(count) file\(count == 1 ? "" : "s") changed"))
        }
    }

    private func text(fr: String, en: String) -> String {
        language == .french ? fr : en
    }
}
