@testable import SiteKit
import Testing

/// OpenStreetMap opening hours as schema.org `OpeningHoursSpecification`s: a later rule replaces what an earlier
/// one said of its days, ranges wrap past Sunday, `off` is a day opening and closing at midnight.
@Suite struct OpeningRuleTests {
    private func specifications(_ hours: String) throws -> [String] {
        let rules = try #require(OpeningRule.rules(hours))
        return ResourceJSONLD.specifications(rules).map { spec in
            guard case .object(let members) = spec, case .list(let dayList)? = members["dayOfWeek"],
                  case .string(let opens)? = members["opens"], case .string(let closes)? = members["closes"] else { return "?" }
            let days = dayList.map { day in
                guard case .string(let uri) = day else { return "?" }
                return String(uri.dropFirst("https://schema.org/".count).prefix(2))
            }
            return "\(days.joined(separator: ",")) \(opens)-\(closes)"
        }
    }

    @Test func aLaterRuleReplacesTheDaysItNames() throws {
        #expect(try specifications("Mo-Fr 08:30-17:30; We 08:30-12:00") == ["Mo,Tu,Th,Fr 08:30-17:30", "We 08:30-12:00"])
    }

    @Test func rangesWrapPastSundayAndOffClosesADay() throws {
        #expect(try specifications("Sa-Mo 10:00-12:00,14:00-24:00; Su off") == ["Mo,Sa 10:00-12:00", "Mo,Sa 14:00-23:59", "Su 00:00-00:00"])
    }

    @Test func publicHolidaysAndEveryDay() throws {
        #expect(try specifications("24/7") == ["Mo,Tu,We,Th,Fr,Sa,Su 00:00-23:59"])
        #expect(try specifications("10:00-18:00; PH off") == ["Mo,Tu,We,Th,Fr,Sa,Su 10:00-18:00", "Pu 00:00-00:00"])
    }
}
