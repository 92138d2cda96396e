import ArgumentParser
import SiteKit

extension DiagnosticFormat: ExpressibleByArgument {}
