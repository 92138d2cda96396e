import Templates
import Testing

/// One template rendered by both engines: `templates` holds the main one, named `main`, and its partials.
struct TemplateCase: CustomTestStringConvertible, Sendable {
    let name: String
    let templates: [String: String]
    let values: TemplateValues
    /// The exact output expected of both engines.
    let expected: String

    init(_ name: String, _ template: String, _ values: TemplateValues = [:], partials: [String: String] = [:],
         expected: String) {
        self.name = name
        self.templates = partials.merging(["main": template]) { _, main in main }
        self.values = values
        self.expected = expected
    }

    var testDescription: String { name }
}
