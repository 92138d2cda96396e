/// A template that failed to parse: which one, where, and why.
public struct TemplateProblem: Sendable, Equatable {
    /// The template's name (`page`, `partials/header`).
    public let template: String
    /// The line of the failure, from 1, in the template's own text.
    public let line: Int
    /// The column of the failure, from 1, counted as swift-mustache counts it (Characters since the last `\n`).
    public let column: Int
    /// What is wrong.
    public let error: TemplateSyntaxError

    /// A problem of `template` at `line` and `column`.
    public init(template: String, line: Int, column: Int, error: TemplateSyntaxError) {
        self.template = template
        self.line = line
        self.column = column
        self.error = error
    }
}

/// Why a template does not parse: the same cases as swift-mustache's `MustacheTemplate.Error`.
///
/// swift-mustache also fails with its internal `Parser.Error.overflow` when the text ends inside a tag (`{{name`,
/// an unclosed comment, or a text whose last Character starts the opening delimiter); that is `unfinishedName` here.
public enum TemplateSyntaxError: Error, Sendable, Equatable {
    /// A closing tag does not name the section it closes.
    case sectionCloseNameIncorrect
    /// A tag is badly formed or not closed.
    case unfinishedName
    /// A section is never closed.
    case expectedSectionEnd
    /// A `{{=… …=}}` tag is badly formed.
    case invalidSetDelimiter
    /// A block (`{{$name}}`) has a transform.
    case transformAppliedToInheritanceSection
    /// A parent (`{{<name}}`) holds something other than blocks and text.
    case illegalTokenInsideInheritSection
    /// Never raised, as in swift-mustache: kept so that the cases stay the same.
    case textInsideInheritSection
    /// A `{{% … }}` tag is badly formed.
    case invalidConfigVariableSyntax
    /// A `{{% … }}` tag names an unknown setting or content type.
    case unrecognisedConfigVariable
}

/// Why a render failed.
public enum TemplateRenderError: Error, Sendable, Equatable {
    /// No template has that name.
    case unknownTemplate(String)
}
