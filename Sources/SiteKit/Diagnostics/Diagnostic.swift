/// One problem found in a site, printed like a compiler's: `content/guide/cmp.md:7:10: error: …`.
public struct Diagnostic: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Where the problem is.
    public let location: SourceLocation
    /// Whether it fails the build.
    public let severity: Severity
    /// What is wrong, in words an editor can act on.
    public let message: String

    /// Makes a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:col: severity: message`, control characters written out (`VisibleText`).
    public var description: String {
        VisibleText.of("\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)")
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
