import Foundation
import FrenchText

/// Builds the `VTIMEZONE` of a zone from its real transitions, as the system's time zone data knows them.
///
/// No rule is written by hand: for each year that events touch, the observance in force on the
/// 1st of January and every change of offset during the year become one `STANDARD` or `DAYLIGHT`
/// sub-component each, with the exact onset. A zone that does not change in a year gets one
/// observance whose offset does not change.
public enum VTimeZoneBuilder {
    /// The `VTIMEZONE` named `identifier` for `zone`, covering every year of `years`.
    public static func component(for zone: TimeZone, identifier: String, years: Set<Int>) -> ICalendarComponent {
        var onsets: [Int: ICalendarComponent] = [:]
        for year in years.sorted() {
            for observance in observances(of: zone, in: year) {
                onsets[observance.onset] = observance.component
            }
        }
        let sorted = onsets.keys.sorted().compactMap { onsets[$0] }
        return ICalendarComponent("VTIMEZONE", properties: [ICalendarProperty("TZID", text: identifier)], components: sorted)
    }

    /// One observance and the instant (seconds since 1970) it starts at.
    private struct Observance {
        let onset: Int
        let component: ICalendarComponent
    }

    /// The observance in force when `year` begins, then one for each transition during the year.
    private static func observances(of zone: TimeZone, in year: Int) -> [Observance] {
        guard let january = CalendarDate(year: year, month: 1, day: 1) else { return [] }
        // Zones are at most 14 hours from UTC: a day's margin on each side covers the local year.
        let yearStart = (january.daysSinceEpoch - 1) * 86_400
        let yearEnd = (january.daysSinceEpoch + 367) * 86_400
        let previousYearStart = yearStart - 366 * 86_400
        var transitions: [Int] = []
        var cursor = Date(timeIntervalSince1970: Double(previousYearStart))
        // A zone changes at most a few times a year; the bound only guards against a broken zone database.
        while transitions.count < 16, let next = zone.nextDaylightSavingTimeTransition(after: cursor),
              next.timeIntervalSince1970 < Double(yearEnd) {
            transitions.append(Int(next.timeIntervalSince1970.rounded(.down)))
            cursor = next
        }
        let before = transitions.filter { $0 <= yearStart }
        let during = transitions.filter { $0 > yearStart }
        var result: [Observance] = []
        if let last = before.last {
            result.append(observance(of: zone, changingAt: last))
        } else {
            let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(yearStart)))
            let isDaylight = zone.isDaylightSavingTime(for: Date(timeIntervalSince1970: Double(yearStart)))
            result.append(Observance(onset: yearStart, component: component(daylight: isDaylight, onset: yearStart, from: offset, to: offset)))
        }
        result += during.map { observance(of: zone, changingAt: $0) }
        return result
    }

    private static func observance(of zone: TimeZone, changingAt instant: Int) -> Observance {
        let after = Date(timeIntervalSince1970: Double(instant))
        let from = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant - 1)))
        let to = zone.secondsFromGMT(for: after)
        return Observance(onset: instant, component: component(daylight: zone.isDaylightSavingTime(for: after), onset: instant, from: from, to: to))
    }

    /// `DTSTART` is the onset as the clock read it before the change, as RFC 5545 (3.6.5) asks.
    private static func component(daylight: Bool, onset: Int, from: Int, to: Int) -> ICalendarComponent {
        ICalendarComponent(daylight ? "DAYLIGHT" : "STANDARD", properties: [
            ICalendarProperty("DTSTART", raw: ICalendarTime.wallClock(of: Date(timeIntervalSince1970: Double(onset)), offset: from)),
            ICalendarProperty("TZOFFSETFROM", raw: ICalendarTime.offset(from)),
            ICalendarProperty("TZOFFSETTO", raw: ICalendarTime.offset(to)),
        ])
    }
}
