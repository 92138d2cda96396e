@testable import SiteKit
import Testing

/// The RGAA's thresholds, and rates written the French way.
@Suite struct AccessibilityStatusTests {
    @Test(arguments: [(0.0, "none"), (49.99, "none"), (50.0, "partial"), (72.5, "partial"), (99.9, "partial"), (100.0, "full")])
    func theRateGivesTheStatus(_ rate: Double, _ status: String) {
        #expect(AccessibilityStatement.Status(rate: rate).rawValue == status)
    }

    @Test(arguments: [(72.0, "72"), (72.5, "72,5"), (72.25, "72,25"), (99.999, "100"), (0.05, "0,05"), (100.0, "100")])
    func ratesHaveADecimalComma(_ value: Double, _ written: String) {
        #expect(FrenchNumber.decimal(value) == written)
    }
}
