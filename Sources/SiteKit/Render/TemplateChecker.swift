import Foundation
import Mustache

/// Checks what swift-mustache lets pass silently: partials and parents that do not exist.
enum TemplateChecker {
    /// Records every `{{> name}}` or `{{< name}}` of `text` that names no template.
    static func checkReferences(in text: String, file: String, known: Set<String>, log: inout DiagnosticLog) {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{>") || text[index...].hasPrefix("{{<") {
                let nameStart = text.index(index, offsetBy: 3)
                if let close = text[nameStart...].range(of: "}}") {
                    let name = text[nameStart..<close.lowerBound].trimmingSpaces
                    if !name.hasPrefix("*") && !known.contains(name) {
                        log.error("the template `\(name)` does not exist in the theme or the site's layouts/",
                                  at: SourceLocation(file: file, line: line, column: column))
                    }
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
    }

    /// Words for swift-mustache's parse errors.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section opened before it"
        case .unfinishedName: return "unfinished tag: a `{{` is not closed by `}}`"
        case .expectedSectionEnd: return "a section is never closed: a `{{/name}}` is missing"
        case .invalidSetDelimiter: return "malformed delimiter change"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks (`{{$name}}`) may stand inside `{{<parent}}`"
        case .textInsideInheritSection: return "only blocks (`{{$name}}`) may stand inside `{{<parent}}`"
        case .invalidConfigVariableSyntax: return "malformed `{{% … }}` tag"
        case .unrecognisedConfigVariable: return "unknown `{{% … }}` setting"
        }
    }
}
