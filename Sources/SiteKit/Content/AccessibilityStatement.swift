import FrenchText
import Templates

/// The site's RGAA compliance: `accessibility: {status, audit_date, rate, auditor, plan}` in site.yml.
///
/// It fills the page « Accessibilité », the mention « Accessibilité : non conforme » of every page and, with a
/// `plan`, the page « Schéma pluriannuel de mise en accessibilité ».
public struct AccessibilityStatement: Sendable {
    /// How far the site complies with the RGAA.
    public enum Status: String, Sendable, CaseIterable {
        /// « non conforme »: no audit, or under half the criteria met.
        case none
        /// « partiellement conforme »: at least half the criteria met.
        case partial
        /// « totalement conforme »: every criterion met.
        case full

        /// The status a compliance rate gives under the RGAA.
        init(rate: Double) {
            self = rate >= 100 ? .full : (rate >= 50 ? .partial : .none)
        }
    }

    /// The compliance status.
    public let status: Status
    /// The day of the audit the status comes from.
    public let auditDate: CalendarDate?
    /// The share of RGAA criteria met, in percent.
    public let rate: Double?
    /// Who ran the audit.
    public let auditor: String?
    /// The multi-year accessibility plan.
    public let plan: AccessibilityPlan?

    /// The statement of a site that says nothing: not compliant, no audit.
    static let unaudited = AccessibilityStatement(status: .none, auditDate: nil, rate: nil, auditor: nil, plan: nil)

    /// Reads the `accessibility` block; a claim of compliance needs an audit whose rate agrees with it.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> AccessibilityStatement {
        guard var group = fields.group("accessibility", log: &log) else { return .unaudited }
        let statusValue = group.choice("status", among: Status.allCases.map(\.rawValue), log: &log)
        let status = statusValue.flatMap { Status(rawValue: $0.value) } ?? .none
        let auditDate = group.day("audit_date", log: &log)
        let rate = readRate(&group, log: &log)
        let auditor = group.text("auditor", log: &log)?.value
        let plan = AccessibilityPlan.read(&group, log: &log)
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("accessibility"))
        // RGAA: a site that is not fully compliant publishes its schéma pluriannuel (a faulty plan or status has its own
        // errors).
        let statusRead = statusValue != nil || group.entry("status") == nil
        if status != .full, statusRead, group.entry("plan") == nil {
            log.warning(.accessibilityPlanMissing(), at: group.location)
        }

        if let statusValue, status != .none, auditDate == nil {
            log.error(.complianceWithoutAudit(status.rawValue),
                      at: statusValue.location)
        }
        if let rate, statusValue != nil, Status(rate: rate.value) != status {
            let expected = Status(rate: rate.value)
            let written = FrenchNumber.decimal(rate.value).replacingOccurrences(of: ",", with: ".")
            log.error(.rateContradictsStatus(written, expected: expected.rawValue, status: status.rawValue),
                      at: rate.location)
        }
        return AccessibilityStatement(status: status, auditDate: auditDate, rate: rate?.value, auditor: auditor, plan: plan)
    }

    private static func readRate(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Located<Double>? {
        guard let value = fields.text("rate", log: &log) else { return nil }
        let written = value.value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingSpaces
        guard let rate = Double(written), rate.isFinite, (0...100).contains(rate) else {
            log.error(.badRate(value.value),
                      at: value.location)
            return nil
        }
        return Located(rate, at: value.location)
    }

    /// `site.accessibility`: `status`, `is_none`/`is_partial`/`is_full`, `audit_date.iso`/`long`, `rate`, `auditor`, `plan`.
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        var values: TemplateValues = [
            "status": .text(status.rawValue),
            "is_none": .bool(status == .none), "is_partial": .bool(status == .partial), "is_full": .bool(status == .full),
        ]
        if let auditDate { values["audit_date"] = ["iso": .text(auditDate.description), "long": .text(FrenchDate.long(auditDate))] }
        if let rate { values["rate"] = .text(FrenchNumber.decimal(rate)) }
        if let auditor { values["auditor"] = .text(french.text(auditor)) }
        if let plan { values["plan"] = .group(plan.templateValues(french)) }
        return values
    }
}
