/// A theme's templates, parsed once. Sendable; rendering is thread-safe (many threads render at once).
///
/// Renders as swift-mustache 2.1.1 renders the same text with the same values (the values as `MustacheBridge`
/// gives them), with `{{name}}` escaped by `HTMLEscaping.escape` unless a `{{% CONTENT_TYPE: TEXT}}` came before.
public struct TemplateLibrary: Sendable {
    /// The parse problems, sorted by template name, then line, then column.
    public let problems: [TemplateProblem]
    /// Every source's name, sorted: a template's index is its place here.
    private let allNames: [String]
    /// The parsed templates, at their index; nil for a template that failed to parse.
    private let templates: [CompiledTemplate?]
    private let indexByName: [String: Int]

    /// Parses every template of `sources` (name → text, e.g. "page", "partials/header"). A template that fails to
    /// parse is left out and gives a problem; the others are kept.
    public init(sources: [String: String]) {
        self.init(sources: sources, reusing: nil)
    }

    /// The library of `sources`, where every template whose text is the same as in `parsed`'s sources (`parsedSources`)
    /// is taken from `parsed` instead of being parsed again; the same as `init(sources:)`.
    public init(sources: [String: String], reusing parsed: TemplateLibrary, of parsedSources: [String: String]) {
        guard parsed.allNames == sources.keys.sorted() else {
            self.init(sources: sources)
            return
        }
        // Same names, same indices: a reused template's partials resolve to the same templates.
        self.init(sources: sources) { index, name in
            guard let text = sources[name], parsedSources[name] == text, let template = parsed.templates[index] else { return nil }
            return template
        }
    }

    private init(sources: [String: String], reusing reused: ((Int, String) -> CompiledTemplate?)?) {
        let names = sources.keys.sorted()
        let indexByName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        var templates: [CompiledTemplate?] = []
        var problems: [TemplateProblem] = []
        for (index, name) in names.enumerated() {
            if let template = reused?(index, name) {
                templates.append(template)
                continue
            }
            var parser = TemplateParser(sources[name] ?? "", templateIndex: index, resolve: { indexByName[$0] })
            switch parser.parse() {
            case .success(let template):
                templates.append(template)
            case .failure(let failure):
                templates.append(nil)
                problems.append(TemplateProblem(template: name, line: failure.line, column: failure.column,
                                                error: failure.error))
            }
        }
        allNames = names
        self.templates = templates
        self.indexByName = indexByName
        self.problems = problems
    }

    /// Whether a template of that name parsed.
    public func contains(_ name: String) -> Bool {
        guard let index = indexByName[name] else { return false }
        return templates[index] != nil
    }

    /// The names of the templates that parsed, sorted.
    public var names: [String] {
        allNames.indices.filter { templates[$0] != nil }.map { allNames[$0] }
    }

    /// Renders the template `name` with `values` as the context. Throws only `TemplateRenderError.unknownTemplate`
    /// when no template has that name; a partial naming no template renders nothing (as swift-mustache does).
    public func render(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> String {
        String(decoding: try renderUTF8(name, with: values), as: UTF8.self)
    }

    /// The same text as its UTF-8 bytes: a page written as it rendered need not be checked again as a String.
    public func renderUTF8(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> [UInt8] {
        try rendered(name, with: values).output
    }

    /// The tags of template `name` as written (every tag, in order), for checks made elsewhere; [] if unknown.
    public func tags(of name: String) -> [TemplateTagInfo] {
        guard let index = indexByName[name], let template = templates[index] else { return [] }
        return template.tags
    }

    /// The renderer after rendering `name`: its output, and the steps it took (for the tests).
    func rendered(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> TemplateRenderer {
        guard let index = indexByName[name], let template = templates[index] else {
            throw .unknownTemplate(name)
        }
        var renderer = TemplateRenderer(templates: templates, indexByName: indexByName, root: values,
                                        capacity: 64 + template.operations.count * 16)
        renderer.render(template: index)
        return renderer
    }
}
