import Foundation
@testable import SiteKit
import Testing

/// Ends are inclusive, an event is upcoming until it ends, and its dates read in French.
@Suite struct EventScheduleTests {
    /// An instant given as ISO text with its offset.
    private func at(_ text: String) throws -> Date {
        let value = try #require(LocalDateTime(parsing: text))
        return ZonedTime.instant(of: value, in: .gmt)
    }

    @Test func anAllDayEventRunsThroughItsLastDay() throws {
        let schedule = try #require(EventSamples.schedule("2025-10-06", "2025-10-17"))
        #expect(schedule.phase(at: try at("2025-10-05T23:59+02:00")) == .upcoming)
        #expect(schedule.phase(at: try at("2025-10-06T00:00+02:00")) == .ongoing)
        #expect(schedule.phase(at: try at("2025-10-17T23:59+02:00")) == .ongoing)
        #expect(schedule.phase(at: try at("2025-10-18T00:00+02:00")) == .past)
        #expect(schedule.years == [2025])
    }

    @Test func aTimedEventIsOverAtItsEnd() throws {
        let schedule = try #require(EventSamples.schedule("2025-10-09 18:30", "2025-10-09 20:30"))
        #expect(schedule.phase(at: try at("2025-10-09T18:29+02:00")) == .upcoming)
        #expect(schedule.phase(at: try at("2025-10-09T20:29+02:00")) == .ongoing)
        #expect(schedule.phase(at: try at("2025-10-09T20:30+02:00")) == .past)
    }

    @Test func anEventWithoutEndLastsUntilTheEndOfItsDay() throws {
        let schedule = try #require(EventSamples.schedule("2025-10-09 18:30"))
        #expect(schedule.phase(at: try at("2025-10-09T23:59+02:00")) == .ongoing)
        #expect(schedule.phase(at: try at("2025-10-10T00:00+02:00")) == .past)
    }

    @Test(arguments: [
        ("2025-10-09 18:30", "2025-10-09 20:30", "jeudi 9 octobre 2025, 18\u{A0}h\u{A0}30 – 20\u{A0}h\u{A0}30", "18\u{A0}h\u{A0}30 – 20\u{A0}h\u{A0}30"),
        ("2025-10-09 18:30", nil, "jeudi 9 octobre 2025, 18\u{A0}h\u{A0}30", "18\u{A0}h\u{A0}30"),
        ("2025-10-09 18:00", "2025-10-10 12:00", "du jeudi 9 octobre 2025, 18\u{A0}h, au vendredi 10 octobre 2025, 12\u{A0}h",
         "18\u{A0}h, jusqu’au vendredi 10 octobre 2025, 12\u{A0}h"),
        ("2025-10-06", "2025-10-17", "du lundi 6 au vendredi 17 octobre 2025", "jusqu’au vendredi 17 octobre 2025"),
        ("2025-10-06", nil, "lundi 6 octobre 2025", "toute la journée"),
        ("2025-10-06", "2025-10-06", "lundi 6 octobre 2025", "toute la journée"),
    ] as [(String, String?, String, String)])
    func readsInFrench(_ start: String, _ end: String?, _ whole: String, _ inDay: String) throws {
        let schedule = try #require(EventSamples.schedule(start, end))
        #expect(schedule.french == whole)
        #expect(schedule.hoursInDay == inDay)
    }
}
