/// What a page's kind adds to the common keys: an action's partners, a resource's category, an event's start…
public protocol PageDetails: Sendable {}

/// Reads the keys of one content kind from a front matter, checking each.
protocol PageDetailsReader {
    /// The details of the page whose remaining keys are in `fields`; nil (errors in `log`) when unusable.
    static func read(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> (any PageDetails)?
}

/// What validation may compare values against: the site's settings and the build's "now".
public struct ValidationContext: Sendable {
    /// The site's settings.
    public let config: SiteConfig
    /// The build's "now" as an instant.
    public let now: Date
}

import Foundation
