import Templates
import Testing

/// The cases of the Mustache spec's `~lambdas.json`, transcribed: both engines must give the same text.
@Suite struct SpecLambdasTests {
    static let cases: [SpecCase] = [
        .notApplicable("Interpolation", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Interpolation - Expansion", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Interpolation - Alternate Delimiters", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Interpolation - Multiple Calls", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Escaping", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Section", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Section - Expansion", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Section - Alternate Delimiters", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Section - Multiple Calls", because: "a lambda: TemplateValue cannot hold code"),
        .notApplicable("Inverted Section", because: "a lambda: TemplateValue cannot hold code"),
    ]

    @Test(arguments: cases) func bothEnginesAgree(_ specCase: SpecCase) {
        specCase.check()
    }
}
