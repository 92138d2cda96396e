@testable import SiteKit
import Testing

/// RGAA: a site whose `accessibility.status` is not `full` publishes its schéma pluriannuel; one that says so and gives
/// no `plan` is warned at its `accessibility` block (an error with `--strict`: `BuildCommandTests`).
@Suite struct AccessibilityPlanRuleTests {
    static let warning = "site.yml:6:1: warning: a site that is not fully compliant publishes its multi-year accessibility "
        + "plan: add `plan:` (`responsible`, `years` with their `actions`) to `accessibility`"
    static let plan = "  plan:\n    responsible: Direction de la communication\n    years:\n      - year: 2026\n"
        + "        actions: [\"Faire réaliser l'audit\"]\n"

    /// The diagnostics of a site whose site.yml ends with `accessibility` (nothing when it is empty).
    func diagnostics(accessibility: String) throws -> [String] {
        let block = accessibility.isEmpty ? "" : "accessibility:\n" + accessibility
        return try TemporarySite([("site.yml", TemporarySite.config() + block)]).diagnostics()
    }

    @Test(arguments: ["  status: none\n", "  status: partial\n  audit_date: 2025-05-12\n  rate: 72\n"])
    func aSiteNotFullyCompliantWithoutAPlanIsWarned(_ accessibility: String) throws {
        #expect(try diagnostics(accessibility: accessibility) == [Self.warning])
    }

    @Test func aBlockWithoutStatusMeansNoneAndIsWarned() throws {
        #expect(try diagnostics(accessibility: "  auditor: Cabinet\n") == [Self.warning])
    }

    @Test(arguments: ["  status: none\n" + plan, "  status: partial\n  audit_date: 2025-05-12\n  rate: 72\n" + plan,
                      "  status: full\n  audit_date: 2025-05-12\n  rate: 100\n"])
    func aPlanOrFullComplianceIsEnough(_ accessibility: String) throws {
        #expect(try diagnostics(accessibility: accessibility) == [])
    }

    /// A site that says nothing of its accessibility is not warned: the statement it gets says « non conforme » and
    /// « aucun audit », and the warning would fall on every small site and fixture that has not come to it yet.
    @Test func aSiteWithoutAnAccessibilityBlockIsNotWarned() throws {
        #expect(try diagnostics(accessibility: "") == [])
    }

    /// A mistyped status has its own error; the plan is not asked for on top of it.
    @Test func aFaultyStatusIsReportedAlone() throws {
        #expect(try diagnostics(accessibility: "  status: partiel\n") == [
            "site.yml:7:11: error: `status` must be one of `none`, `partial`, `full`, not `partiel`; did you mean `partial`?",
        ])
    }
}
