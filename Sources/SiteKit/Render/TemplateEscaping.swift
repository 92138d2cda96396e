import Mustache

/// How `{{value}}` is escaped in every template: `HTMLEscaping`, on bytes.
///
/// swift-mustache's own HTML escaping goes Character by Character through a dictionary: a `"` followed by a combining
/// mark is then one Character and is left as it is, which closes an attribute; it was also a fifth of a build's time.
/// Every template starts with `pragma`, which selects this content type under swift-mustache's own name `HTML`.
enum TemplateEscaping {
    /// The first line put before each template's text; standalone, so it renders nothing and shifts lines by one.
    static let pragma = "{{%CONTENT_TYPE:HTML}}\n"

    /// Registers the escaping under `HTML` (once per process); call before parsing a template.
    static func register() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(ByteHTML(), named: "HTML")

    private struct ByteHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }
}
