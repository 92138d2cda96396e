/// One problem found in a site, printed like a compiler's: `content/guide/cmp.md:7:10: erreur : …`.
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
    /// What is wrong, in words an editor can act on, in each language, with its code.
    public let message: Message

    /// Makes a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: Message) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:col: erreur : message` in `language`, control characters written out (`VisibleText`).
    public func line(in language: MessageLanguage) -> String {
        let head = "\(location.file):\(location.line):\(location.column): \(language.word(for: severity))\(language.colon) "
        return VisibleText.of(head + message.text(in: language))
    }

    /// The line in French, the default language.
    public var description: String {
        line(in: .french)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message.english) < (rhs.location, rhs.message.english)
    }
}
