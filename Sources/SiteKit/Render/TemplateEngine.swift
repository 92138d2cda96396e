import Templates

/// Renders a theme's templates by name.
protocol TemplateRendering: Sendable {
    /// The template `name` rendered with `values`; throws when no template has that name.
    func render(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> String
    /// The same text as UTF-8 bytes, as pages are written.
    func renderUTF8(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> [UInt8]
}

extension TemplateRendering {
    func renderUTF8(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> [UInt8] {
        Array(try render(name, with: values).utf8)
    }
}

extension TemplateLibrary: TemplateRendering {}

/// What renders the theme's templates once they have parsed: clsm's evaluator, or in tests the reference engine that it
/// must equal byte for byte.
struct TemplateEngine: Sendable {
    /// The renderer for the parsed `library`, whose templates' text (site-wide partials rewritten) is `sources`.
    let make: @Sendable (_ library: TemplateLibrary, _ sources: [String: String]) -> any TemplateRendering

    /// clsm's own evaluator.
    static let clsm = TemplateEngine { library, _ in library }
}
