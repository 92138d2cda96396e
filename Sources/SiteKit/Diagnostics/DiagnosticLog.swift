/// Collects every problem of a run, so that all of them are reported at once.
public struct DiagnosticLog: Sendable {
    /// The problems found so far, in the order they were found.
    public private(set) var entries: [Diagnostic] = []

    /// An empty log.
    public init() {}

    /// Records an error.
    public mutating func error(_ message: Message, at location: SourceLocation) {
        entries.append(Diagnostic(.error, at: location, message))
    }

    /// Records a warning.
    public mutating func warning(_ message: Message, at location: SourceLocation) {
        entries.append(Diagnostic(.warning, at: location, message))
    }

    /// Records every problem of another log.
    public mutating func append(_ other: DiagnosticLog) {
        entries.append(contentsOf: other.entries)
    }

    /// Records every problem of another log, each entry whose index `suffixes` lists with those words after its text
    /// (how many places depend on a value that failed).
    mutating func append(_ other: DiagnosticLog, suffixing suffixes: [Int: Wording]) {
        for (index, entry) in other.entries.enumerated() {
            let message = suffixes[index].map(entry.message.suffixed) ?? entry.message
            entries.append(Diagnostic(entry.severity, at: entry.location, message))
        }
    }

    /// True when at least one problem is an error.
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// True when at least one problem is a warning.
    public var hasWarnings: Bool { entries.contains { $0.severity == .warning } }

    /// The problems sorted by file, line and column, each once: the order they are printed in.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return entries.sorted().filter { seen.insert($0).inserted }
    }
}
