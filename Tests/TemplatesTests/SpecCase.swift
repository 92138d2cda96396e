import Foundation
import Templates
import Testing

/// A case of the Mustache spec: swift-mustache is the reference, and where it departs from the spec, the case says
/// so and keeps the spec's text for the record.
struct SpecCase: CustomTestStringConvertible, Sendable {
    let name: String
    let templates: [String: String]
    let values: TemplateValues
    /// What the spec expects.
    let spec: String
    /// What swift-mustache gives instead, when it differs from the spec.
    let swiftMustacheGives: String?
    /// Why the case cannot be written with typed values (lambdas, floats, null), when it cannot.
    let notApplicable: String?

    init(_ name: String, _ template: String, _ values: TemplateValues, partials: [String: String] = [:], spec: String,
         swiftMustacheGives: String? = nil) {
        self.name = name
        templates = partials.merging(["main": template]) { _, main in main }
        self.values = values
        self.spec = spec
        self.swiftMustacheGives = swiftMustacheGives
        notApplicable = nil
    }

    private init(notApplicable name: String, reason: String) {
        self.name = name
        templates = [:]
        values = [:]
        spec = ""
        swiftMustacheGives = nil
        notApplicable = reason
    }

    /// A case whose data typed values cannot express.
    static func notApplicable(_ name: String, because reason: String) -> SpecCase {
        SpecCase(notApplicable: name, reason: reason)
    }

    var testDescription: String { name }

    /// Both engines give the same text, and swift-mustache gives what the table says it gives.
    func check() {
        guard notApplicable == nil else { return }
        let reference = ReferenceEngine.outcome("main", templates: templates, values: values)
        let clsm = TemplateLibrary.outcome("main", templates: templates, values: values)
        #expect(clsm == reference, "\(name)")
        let expected = Outcome.rendered(swiftMustacheGives ?? spec)
        if reference != expected, case .rendered(let text) = reference,
            let json = try? String(decoding: JSONEncoder().encode(text), as: UTF8.self)
        {
            Issue.record("swift-mustache gives \(json)")
        } else {
            #expect(reference == expected, "\(name)")
        }
    }
}
