import FrenchText

/// How recently an entry was checked (`updated:`), against the build's "now".
enum ResourceFreshness: Equatable {
    /// Checked within the last year.
    case fresh
    /// Last checked on that day, more than a year ago.
    case stale(CalendarDate)
    /// No `updated` date.
    case neverChecked
    /// Dated after today: a typing mistake.
    case future(CalendarDate)

    /// The freshness of an entry last checked on `checked`, on the day `today`.
    init(checked: CalendarDate?, today: CalendarDate) {
        guard let checked else {
            self = .neverChecked
            return
        }
        if checked > today {
            self = .future(checked)
        } else if checked < Self.oneYear(before: today) {
            self = .stale(checked)
        } else {
            self = .fresh
        }
    }

    /// The same day a year earlier (28 February for a 29 February).
    static func oneYear(before day: CalendarDate) -> CalendarDate {
        CalendarDate(year: day.year - 1, month: day.month, day: day.day)
            ?? CalendarDate(year: day.year - 1, month: day.month, day: day.day - 1)
            ?? day.adding(days: -365)
    }
}
