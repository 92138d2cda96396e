import ArgumentParser
import SiteKit

/// `--format human|github|json`, read by its raw value.
extension DiagnosticFormat: ExpressibleByArgument {}
