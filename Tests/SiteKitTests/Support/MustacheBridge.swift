import Mustache
import Templates

/// Typed template values as swift-mustache reads them: the reference engine that clsm's evaluator must equal.
enum MustacheBridge {
    /// `values` as the Swift values swift-mustache looks into.
    static func object(_ values: TemplateValues) -> [String: any Sendable] {
        values.mapValues(object)
    }

    /// One value as swift-mustache reads it.
    static func object(_ value: TemplateValue) -> any Sendable {
        switch value {
        case .text(let text): text
        case .bool(let flag): flag
        case .number(let number): number
        case .list(let items): items.map(object)
        case .group(let group): object(group)
        case .deferred(let deferred): DeferredRenderable(deferred: deferred)
        }
    }
}

/// A deferred text as swift-mustache shows it: never null, its text as it is.
private struct DeferredRenderable: MustacheCustomRenderable, Sendable {
    let deferred: any DeferredText
    var renderText: String { deferred.text }
    var isNull: Bool { false }
}
