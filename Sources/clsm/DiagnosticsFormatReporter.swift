import SiteKit

/// Prints what a run found in the chosen format: at once for people and GitHub, as one list at the end for JSON.
///
/// A buffered reporter keeps its lines instead, so that sites built side by side are reported one after the other.
struct DiagnosticsFormatReporter: Sendable {
    let format: DiagnosticFormat
    /// The language messages are written in.
    let language: MessageLanguage
    /// Whether every warning is printed in full for people, rather than the first of each kind and a count.
    let isVerbose: Bool
    private let isBuffered: Bool
    private var collected: [ReportedDiagnostic] = []
    /// The files the diagnostics point at, for the lines shown under them.
    private var sources = SourceFiles()
    /// The lines a buffered reporter holds, each with whether it goes to standard error.
    private var pending: [(toError: Bool, line: String)] = []

    init(format: DiagnosticFormat, language: MessageLanguage, verbose: Bool = false, buffered: Bool = false) {
        self.format = format
        self.language = language
        self.isVerbose = verbose
        self.isBuffered = buffered
    }

    /// Prints what `other`, a buffered reporter, holds, and takes over its diagnostics for the JSON list.
    mutating func replay(_ other: DiagnosticsFormatReporter) {
        for (toError, line) in other.pending { print(line, toError: toError) }
        collected += other.collected
    }

    /// A line on standard error that is neither a diagnostic nor a summary (the stages' timings).
    mutating func note(_ line: String) {
        print(line, toError: true)
    }

    /// The diagnostics of the site given as `site`, each once: the errors first, then the warnings; for people, the
    /// warnings of a kind that comes many times are one line and a count, unless the reporter is verbose.
    mutating func report(_ log: DiagnosticLog, site: String) {
        let sorted = log.sorted
        for diagnostic in sorted where diagnostic.severity == .error {
            emit(ReportedDiagnostic(diagnostic, site: site))
        }
        let warnings = sorted.filter { $0.severity == .warning }
        guard format == .human && !isVerbose else {
            warnings.forEach { emit(ReportedDiagnostic($0, site: site)) }
            return
        }
        for group in WarningGroups(warnings).groups {
            emit(ReportedDiagnostic(group.first, site: site))
            if group.others > 0 { print(Message.others(group.others, like: group.first.message.code).text(in: language), toError: true) }
        }
    }

    /// A problem of a whole site, with no place in a file (`no such site folder`).
    mutating func problem(_ message: Message, site: String) {
        emit(ReportedDiagnostic(site: site, severity: .error, message: message))
    }

    /// A line saying how a site went: on standard output, except in JSON where standard output holds the list alone.
    mutating func status(_ line: String) {
        print(line, toError: format == .json)
    }

    /// A summary of failures, on standard error in every format.
    mutating func failure(_ line: String) {
        print(line, toError: true)
    }

    /// Ends the run: the JSON list is printed now.
    func finish() {
        if format == .json { Console.output(DiagnosticJSON.document(collected, language: language)) }
    }

    private mutating func emit(_ diagnostic: ReportedDiagnostic) {
        switch format {
        case .human:
            print(diagnostic.humanLine(in: language), toError: true)
            if let file = diagnostic.file, let line = diagnostic.line, let column = diagnostic.column,
               let excerpt = sources.excerpt(SourceLocation(file: file, line: line, column: column), inFileAt: file) {
                excerpt.lines.forEach { print($0, toError: true) }
            }
        case .github: print(GitHubAnnotation.line(for: diagnostic, language: language), toError: false)
        case .json: collected.append(diagnostic)
        }
    }

    private mutating func print(_ line: String, toError: Bool) {
        if isBuffered {
            pending.append((toError, line))
        } else {
            toError ? Console.error(line) : Console.output(line)
        }
    }
}
