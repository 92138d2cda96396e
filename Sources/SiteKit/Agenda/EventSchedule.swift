import Foundation
import FrenchText

/// When an event takes place: its start, its optional end (inclusive), and when it is over.
struct EventSchedule: Sendable, Equatable {
    /// The start.
    let start: EventMoment
    /// The end as written; nil when the editor gave none.
    let end: EventMoment?
    /// The instant the event is over: the end of its last day for all-day events and events without
    /// an end, the end's instant otherwise.
    let finish: Date

    /// True for an event given by dates alone.
    var isAllDay: Bool { start.time == nil }

    /// The last day the event runs (its end day, ends being inclusive).
    var lastDay: CalendarDate { end?.date ?? start.date }

    /// True when it runs over more than one day.
    var isMultiDay: Bool { lastDay != start.date }

    /// The calendar years it touches.
    var years: Set<Int> { Set(start.date.year...max(start.date.year, lastDay.year)) }

    /// Upcoming, running or past at `now`.
    func phase(at now: Date) -> EventPhase {
        if now < start.instant { return .upcoming }
        return now < finish ? .ongoing : .past
    }

    /// The whole period, for the event's own page: « jeudi 9 octobre 2025, 18 h 30 – 20 h 30 »,
    /// « du lundi 6 au vendredi 17 octobre 2025 ».
    var french: String {
        guard let end else { return isAllDay ? FrenchDate.long(start.date) : start.french }
        if isAllDay { return isMultiDay ? FrenchDate.range(start.date, end.date) : FrenchDate.long(start.date) }
        guard let endTime = end.time else { return start.french }
        if !isMultiDay { return start.french + " – " + FrenchDate.time(endTime) }
        return "du " + start.french + ", au " + end.french
    }

    /// What a list shows under the heading of the start day: « 18 h 30 – 20 h 30 », « toute la journée »,
    /// « jusqu’au vendredi 17 octobre 2025 ».
    var hoursInDay: String {
        guard let startTime = start.time else {
            return isMultiDay ? "jusqu’au " + FrenchDate.long(lastDay) : "toute la journée"
        }
        guard let end, let endTime = end.time else { return FrenchDate.time(startTime) }
        if isMultiDay { return FrenchDate.time(startTime) + ", jusqu’au " + end.french }
        return FrenchDate.time(startTime) + " – " + FrenchDate.time(endTime)
    }

    /// A schedule from a start and an optional end in `zone`.
    static func make(start: EventMoment, end: EventMoment?, zone: TimeZone) -> EventSchedule {
        let lastDay = end?.date ?? start.date
        let dayAfter = ZonedTime.instant(of: LocalDateTime(date: lastDay.adding(days: 1)), in: zone)
        let finish = start.time == nil || end == nil ? dayAfter : (end?.instant ?? dayAfter)
        return EventSchedule(start: start, end: end, finish: finish)
    }
}
