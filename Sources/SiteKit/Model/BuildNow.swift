import Foundation

/// The build's "now", as given: an instant, or a local date-time read in each site's own time zone.
public enum BuildNow: Sendable, Equatable {
    /// A precise instant (`--now 2025-10-12T12:00:00+02:00`, `SOURCE_DATE_EPOCH`, the clock).
    case instant(Date)
    /// A local date or date-time without offset (`--now 2025-10-12`): its start in the site's zone.
    case local(LocalDateTime)

    /// Reads `--now`, else `SOURCE_DATE_EPOCH`, else the clock: the only place clsm asks for the time.
    public static func resolve(option: String?, environment: [String: String], clock: () -> Date) throws(BuildNowError) -> BuildNow {
        if let option {
            guard let value = LocalDateTime(parsing: option) else { throw .unreadableOption(option) }
            return value.utcOffset == nil ? .local(value) : .instant(ZonedTime.instant(of: value, in: .gmt))
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(epoch.trimmingSpaces) else { throw .unreadableEpoch(epoch) }
            return .instant(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return .instant(clock())
    }

    /// The instant this "now" is for a site in `zone`.
    public func instant(in zone: TimeZone) -> Date {
        switch self {
        case .instant(let date): return date
        case .local(let value): return ZonedTime.instant(of: value, in: zone)
        }
    }
}

/// Why a "now" given to clsm cannot be read.
public enum BuildNowError: Error, CustomStringConvertible {
    case unreadableOption(String)
    case unreadableEpoch(String)

    public var description: String {
        switch self {
        case .unreadableOption(let text):
            return "--now must be an ISO 8601 date or date-time (`2025-10-12` or `2025-10-12T12:00:00+02:00`), not `\(text)`"
        case .unreadableEpoch(let text):
            return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not `\(text)`"
        }
    }
}
