import Foundation
import FrenchText

/// Finds the instants a local date-time stands for in a zone: one, none (the spring gap) or two (the autumn overlap).
enum LocalTimeResolver {
    /// What a local date-time is in a zone.
    enum Resolution: Equatable {
        /// It happens once.
        case unique(Date)
        /// Clocks skip it (a change forward): it does not exist.
        case skipped(ClockChange)
        /// Clocks go back over it: it happens twice, `first` at the offset before the change.
        case repeated(first: Date, second: Date, ClockChange)
    }

    /// A change of the zone's offset, as the clocks show it.
    struct ClockChange: Equatable {
        /// The local time the clocks show just before the change (`02:00` in spring, `03:00` in autumn).
        let from: String
        /// The local time they show just after it (`03:00` in spring, `02:00` in autumn).
        let to: String
        /// The offset after the change, in seconds.
        let offsetAfter: Int
    }

    /// Resolves `date` at `time` in `zone`, from the zone's own offsets (never the machine's zone).
    static func resolve(_ date: CalendarDate, _ time: ClockTime, in zone: TimeZone) -> Resolution {
        let local = date.daysSinceEpoch * 86_400 + time.hour * 3600 + time.minute * 60
        // Changes are months apart: the offsets a day before and after are the only ones possible.
        let offsets = Set([-86_400, 0, 86_400].map { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + $0))) })
        let instants = offsets
            .map { local - $0 }
            .filter { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0))) == local - $0 }
            .sorted()
            .map { Date(timeIntervalSince1970: Double($0)) }
        if instants.count == 1 { return .unique(instants[0]) }
        let change = clockChange(near: local, in: zone)
        if instants.count >= 2 { return .repeated(first: instants[0], second: instants[instants.count - 1], change) }
        return .skipped(change)
    }

    /// The first offset change after a day before `local`, as the clocks show it.
    private static func clockChange(near local: Int, in zone: TimeZone) -> ClockChange {
        let searchFrom = Date(timeIntervalSince1970: Double(local - 2 * 86_400))
        let instant = zone.nextDaylightSavingTimeTransition(after: searchFrom) ?? Date(timeIntervalSince1970: Double(local))
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds - 1)))
        let after = zone.secondsFromGMT(for: instant)
        return ClockChange(from: clockTime(seconds + before), to: clockTime(seconds + after), offsetAfter: after)
    }

    /// `HH:MM` of a local time given in seconds since 1970.
    private static func clockTime(_ localSeconds: Int) -> String {
        let ofDay = ((localSeconds % 86_400) + 86_400) % 86_400
        let hour = ofDay / 3600, minute = ofDay % 3600 / 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
