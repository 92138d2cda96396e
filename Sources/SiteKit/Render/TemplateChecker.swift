import Foundation
import Templates

/// Checks what would render nothing silently: partials and parents that do not exist, strings the theme lacks, values
/// no page has (a misspelt name).
enum TemplateChecker {
    /// Records every `{{> name}}` or `{{< name}}` among `tags` (of the template in `file`) that names no template.
    static func checkReferences(_ tags: [TemplateTagInfo], file: String, known: Set<String>, log: inout DiagnosticLog) {
        for tag in tags where tag.sigil == ">" || tag.sigil == "<" {
            if !tag.name.hasPrefix("*") && !known.contains(tag.name) {
                log.error(.templateMissing(tag.name),
                          at: SourceLocation(file: file, line: tag.line, column: tag.column))
            }
        }
    }

    /// Records every `{{t.key}}` among `tags` whose key the theme's strings lack: the page would show nothing there.
    /// `strings` is nil when the theme has no strings file for the site's language, at `stringsFile`.
    static func checkStrings(_ tags: [TemplateTagInfo], file: String, strings: [String: String]?, stringsFile: String,
                             log: inout DiagnosticLog) {
        for tag in tags where tag.name.hasPrefix("t.") && tag.sigil != "/" && tag.sigil != "!" {
            let key = String(tag.name.dropFirst(2))
            guard strings?[key] == nil else { continue }
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            if strings == nil {
                log.error(.stringsFileMissing(tag.name, file: stringsFile),
                          at: location)
                return
            }
            log.error(.stringMissing(tag.name, key: key, file: stringsFile), at: location)
        }
    }

    /// Words for a template's syntax error.
    static func describe(_ error: TemplateSyntaxError) -> String {
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

extension TemplateChecker {
    /// Records every value among `tags` that names something no template value is called: clsm's values
    /// (`TemplateVocabulary`), plus `known`, the names the site's `params` and the theme's strings add. Names with a
    /// transform (`lowercased(title)`), strings (`t.…`) and `.` are left alone.
    static func checkNames(_ tags: [TemplateTagInfo], file: String, known: Set<String>, log: inout DiagnosticLog) {
        for tag in tags where [nil, "{", "&", "#", "^"].contains(tag.sigil) {
            // Strings (`t.…`) are checked against the theme's strings file, by `checkStrings`.
            guard !tag.name.contains("("), !tag.name.hasPrefix("t.") else { continue }
            let unknown = tag.name.split(separator: ".").map(String.init).filter {
                !TemplateVocabulary.names.contains($0) && !known.contains($0)
            }
            guard let name = unknown.first else { continue }
            log.error(.unknownTemplateValue(tag.name, name: name, among: TemplateVocabulary.names.sorted()),
                      at: SourceLocation(file: file, line: tag.line, column: tag.column))
        }
    }
}
