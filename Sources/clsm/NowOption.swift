import ArgumentParser
import Foundation
import SiteKit

/// The `--now` option shared by the commands that date things.
enum NowOption {
    /// `--now`, else `SOURCE_DATE_EPOCH`, else the clock; an unreadable value is a usage error.
    static func resolve(_ option: String?) throws -> BuildNow {
        do {
            return try BuildNow.resolve(option: option, environment: ProcessInfo.processInfo.environment, clock: Date.init)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
