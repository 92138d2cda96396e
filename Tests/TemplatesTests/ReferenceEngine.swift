import Mustache
import Templates

/// swift-mustache, set up as clsm set it up: every template starts with `{{% CONTENT_TYPE: CLSM_HTML}}\n`, a
/// content type that escapes with `HTMLEscaping.escape`; `HTML` is registered as the same, as clsm treats it.
enum ReferenceEngine {
    static let pragma = "{{% CONTENT_TYPE: CLSM_HTML}}\n"

    private static let registration: Void = {
        MustacheContentTypes.register(ClsmEscaping(), named: "CLSM_HTML")
        MustacheContentTypes.register(ClsmEscaping(), named: "HTML")
    }()

    /// What swift-mustache makes of `templates`: the output of `name`, or the first parse error by template name.
    static func outcome(_ name: String, templates: [String: String], values: TemplateValues) -> Outcome {
        _ = registration
        var library = MustacheLibrary()
        for templateName in templates.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: pragma + (templates[templateName] ?? "")), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                return .failed(TemplateProblem(template: templateName, line: error.context.lineNumber - 1,
                                               column: error.context.columnNumber, error: syntaxError(error.error)))
            } catch {
                return .failed(TemplateProblem(template: templateName, line: 0, column: 0, error: .unfinishedName))
            }
        }
        return .rendered(library.render(bridge(values), withTemplate: name) ?? "")
    }

    /// swift-mustache's error as clsm's: its internal `Parser.Error.overflow` (the text ends inside a tag) is
    /// `unfinishedName`.
    static func syntaxError(_ error: any Error) -> TemplateSyntaxError {
        guard let error = error as? MustacheTemplate.Error else { return .unfinishedName }
        switch error {
        case .sectionCloseNameIncorrect: return .sectionCloseNameIncorrect
        case .unfinishedName: return .unfinishedName
        case .expectedSectionEnd: return .expectedSectionEnd
        case .invalidSetDelimiter: return .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: return .transformAppliedToInheritanceSection
        case .illegalTokenInsideInheritSection: return .illegalTokenInsideInheritSection
        case .textInsideInheritSection: return .textInsideInheritSection
        case .invalidConfigVariableSyntax: return .invalidConfigVariableSyntax
        case .unrecognisedConfigVariable: return .unrecognisedConfigVariable
        }
    }

    static func bridge(_ values: TemplateValues) -> [String: any Sendable] {
        values.mapValues(bridge)
    }

    /// A value as `MustacheBridge` gives it to swift-mustache.
    static func bridge(_ value: TemplateValue) -> any Sendable {
        switch value {
        case .text(let text): text
        case .bool(let flag): flag
        case .number(let number): number
        case .list(let items): items.map(bridge)
        case .group(let group): bridge(group)
        case .deferred(let deferred): DeferredRenderable(deferred: deferred)
        }
    }
}

/// What an engine made of a template.
enum Outcome: Equatable, CustomStringConvertible {
    case rendered(String)
    case failed(TemplateProblem)

    var description: String {
        switch self {
        case .rendered(let text): "rendered \(text.debugDescription)"
        case .failed(let problem): "failed \(problem.error) in \(problem.template) at \(problem.line):\(problem.column)"
        }
    }
}

extension TemplateLibrary {
    /// What clsm's evaluator makes of `templates`: the output of `name`, or its first parse problem.
    static func outcome(_ name: String, templates: [String: String], values: TemplateValues) -> Outcome {
        let library = TemplateLibrary(sources: templates)
        if let problem = library.problems.first { return .failed(problem) }
        return .rendered((try? library.render(name, with: values)) ?? "")
    }
}

private struct ClsmEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// A deferred text for swift-mustache: its text; no children for Mirror to find (the production bridge's stored
/// `deferred` would be one); inside a printed list, its text quoted, as clsm prints it.
private struct DeferredRenderable: MustacheCustomRenderable, CustomReflectable, CustomDebugStringConvertible, Sendable {
    let deferred: any DeferredText
    var renderText: String { deferred.text }
    var isNull: Bool { false }
    var customMirror: Mirror { Mirror(self, children: [:]) }
    var debugDescription: String { deferred.text.debugDescription }
}

/// A deferred text that is always the same.
final class FixedDeferred: DeferredText {
    let text: String

    init(text: String) {
        self.text = text
    }
}
