import Mustache
@testable import SiteKit
import Templates

extension TemplateEngine {
    /// swift-mustache, the reference clsm's evaluator must equal byte for byte, rendering the same template text.
    static let reference = TemplateEngine { _, sources in ReferenceRenderer(sources: sources) }
}

/// The theme's templates as swift-mustache renders them, with clsm's escaping selected by a pragma.
struct ReferenceRenderer: TemplateRendering {
    private let library: MustacheLibrary

    /// Parses `sources` (template text by name); the theme loader has already reported those that fail.
    init(sources: [String: String]) {
        var library = MustacheLibrary()
        for (name, text) in sources {
            guard let template = try? MustacheTemplate(string: TemplateEscaping.source(text)) else { continue }
            library.register(template, named: name)
        }
        self.library = library
    }

    func render(_ name: String, with values: TemplateValues) throws(TemplateRenderError) -> String {
        guard let text = library.render(MustacheBridge.object(values), withTemplate: name) else { throw .unknownTemplate(name) }
        return text
    }
}
