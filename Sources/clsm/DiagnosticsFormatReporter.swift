import SiteKit

/// Prints what a run found in the chosen format: at once for people and GitHub, as one list at the end for JSON.
struct DiagnosticsFormatReporter {
    let format: DiagnosticFormat
    private var collected: [ReportedDiagnostic] = []

    init(format: DiagnosticFormat) {
        self.format = format
    }

    /// The diagnostics of the site given as `site`, sorted, each once.
    mutating func report(_ log: DiagnosticLog, site: String) {
        for diagnostic in log.sorted {
            emit(ReportedDiagnostic(diagnostic, site: site))
        }
    }

    /// A problem of a whole site, with no place in a file (`no such site folder`).
    mutating func problem(_ message: String, site: String) {
        emit(ReportedDiagnostic(site: site, severity: .error, message: message))
    }

    /// A line saying how a site went: on standard output, except in JSON where standard output holds the list alone.
    func status(_ line: String) {
        format == .json ? Console.error(line) : Console.output(line)
    }

    /// A summary of failures, on standard error in every format.
    func failure(_ line: String) {
        Console.error(line)
    }

    /// Ends the run: the JSON list is printed now.
    func finish() {
        if format == .json { Console.output(DiagnosticJSON.document(collected)) }
    }

    private mutating func emit(_ diagnostic: ReportedDiagnostic) {
        switch format {
        case .human: Console.error(diagnostic.humanLine)
        case .github: Console.output(GitHubAnnotation.line(for: diagnostic))
        case .json: collected.append(diagnostic)
        }
    }
}
