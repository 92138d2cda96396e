/// How diagnostics are printed: for people reading a terminal, as GitHub Actions annotations, or as JSON.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: erreur : message`, as a compiler prints them, with the source line and a caret under the column.
    case human
    /// `::error file=path,line=3,col=9,title=code::message`, turned into annotations by GitHub Actions.
    case github
    /// One JSON list of every diagnostic of the run.
    case json
}

/// One diagnostic ready to print: its file as the user named it (relative to where clsm runs), or no file at all.
public struct ReportedDiagnostic: Sendable, Equatable {
    /// The site folder as given on the command line (`.`, `sites/arras`).
    public let site: String
    /// The file, prefixed with the site folder (`sites/arras/content/a.md`); nil for a problem of the whole site.
    public let file: String?
    /// 1-based line, when the problem has a place in a file.
    public let line: Int?
    /// 1-based column, when the problem has a place in a file.
    public let column: Int?
    /// Error or warning.
    public let severity: Diagnostic.Severity
    /// What is wrong.
    public let message: Message

    /// A diagnostic of the site given as `site`, its file shown relative to where clsm runs.
    public init(_ diagnostic: Diagnostic, site: String) {
        self.site = site
        self.file = site == "." ? diagnostic.location.file : Self.join(site, diagnostic.location.file)
        self.line = diagnostic.location.line
        self.column = diagnostic.location.column
        self.severity = diagnostic.severity
        self.message = diagnostic.message
    }

    /// A problem of a whole site (`no such site folder`), with no place in a file.
    public init(site: String, severity: Diagnostic.Severity, message: Message) {
        self.site = site
        self.file = nil
        self.line = nil
        self.column = nil
        self.severity = severity
        self.message = message
    }

    /// The line a person reads: `sites/arras/content/a.md:3:9: erreur : …`, or `sites/arras: erreur : …`; control
    /// characters written out (`VisibleText`).
    public func humanLine(in language: MessageLanguage) -> String {
        let severity = language.word(for: self.severity) + language.colon
        guard let file, let line, let column else { return VisibleText.of("\(site): \(severity) \(message.text(in: language))") }
        return VisibleText.of("\(file):\(line):\(column): \(severity) \(message.text(in: language))")
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
