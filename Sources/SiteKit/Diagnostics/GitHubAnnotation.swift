/// Diagnostics as GitHub Actions workflow commands, which the runner shows as annotations on the files.
///
/// The runner reads them on standard output: `::error file=content/a.md,line=3,col=9,title=key.missing-key::message`;
/// the title, the message's code, heads the annotation.
public enum GitHubAnnotation {
    /// The workflow command of one diagnostic in `language`; a problem without a file names its site in the message.
    public static func line(for diagnostic: ReportedDiagnostic, language: MessageLanguage) -> String {
        let message = diagnostic.message.text(in: language)
        let title = "title=\(escapeProperty(diagnostic.message.code.rawValue))"
        guard let file = diagnostic.file, let line = diagnostic.line, let column = diagnostic.column else {
            return "::\(diagnostic.severity.rawValue) \(title)::\(escapeData(diagnostic.site + ": " + message))"
        }
        let properties = "file=\(escapeProperty(displayPath(file))),line=\(line),col=\(column),\(title)"
        return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(message))"
    }

    /// A message as the runner reads it: `%`, CR and LF percent-encoded, so one diagnostic stays one command.
    static func escapeData(_ text: String) -> String {
        escape(text, separators: false)
    }

    /// A property value: as a message, and `:` and `,` encoded too, since they separate properties.
    static func escapeProperty(_ text: String) -> String {
        escape(text, separators: true)
    }

    /// Scalar by scalar: a file name's `,` followed by a combining mark is one Character, yet the runner splits there.
    /// Line ends are the runner's to decode; other control characters are written out, as for a terminal.
    private static func escape(_ text: String, separators: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where separators: result += "%3A"
            case "," where separators: result += "%2C"
            case _ where VisibleText.isHidden(scalar): result += VisibleText.written(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `./sites/arras/../../themes/x` → `themes/x`: GitHub matches annotation paths against the repository's files.
    static func displayPath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if let last = segments.last, last != ".." { segments.removeLast() } else { segments.append(segment) }
            default: segments.append(segment)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + segments.joined(separator: "/")
    }
}
