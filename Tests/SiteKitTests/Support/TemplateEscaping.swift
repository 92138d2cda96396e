import Mustache
@testable import SiteKit
import Templates

/// How `{{value}}` is escaped in clsm's templates: with `HTMLEscaping`, byte by byte.
///
/// swift-mustache's own HTML escaping compares Characters, so `"` followed by a combining mark passes unescaped
/// and ends the attribute it stands in. Its default cannot be replaced; a `CONTENT_TYPE` pragma at the top of
/// every template (partials included, since the library resets the type for each partial) selects this one.
struct TemplateEscaping: MustacheContentType {
    /// The name the pragma gives.
    static let name = "CLSM_HTML"

    /// `text` with the pragma as its own first line, which Mustache leaves out of the output: template lines move down by one.
    /// Registers the type first (once a process), since the parser looks it up by name.
    static func source(_ text: String) -> String {
        _ = registration
        return "{{% CONTENT_TYPE: \(name)}}\n" + text
    }

    private static let registration: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    /// The line of the template's own text that a parser error on `line` of `source(_:)` is on.
    static func sourceLine(_ line: Int) -> Int {
        max(1, line - 1)
    }

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
