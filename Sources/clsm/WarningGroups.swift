import SiteKit

/// Warnings of one kind gathered: a site can give dozens of the same (guide entries not checked for a year), and they
/// must not bury its errors and its other warnings.
struct WarningGroups {
    /// The first warning of a kind, and how many more there are when they are too many to print one by one.
    struct Group {
        let first: Diagnostic
        let others: Int
    }

    /// Up to this many warnings of a kind are printed one by one; more are printed as the first and a count.
    static let shownOneByOne = 3

    /// The groups, in the order of each kind's first warning; a kind with few warnings gives a group for each.
    let groups: [Group]

    init(_ warnings: [Diagnostic]) {
        var byCode: [MessageCode: [Diagnostic]] = [:]
        for warning in warnings { byCode[warning.message.code, default: []].append(warning) }
        var groups: [Group] = []
        var done: Set<MessageCode> = []
        for warning in warnings {
            let code = warning.message.code
            let same = byCode[code] ?? []
            if same.count <= Self.shownOneByOne {
                groups.append(Group(first: warning, others: 0))
            } else if done.insert(code).inserted {
                groups.append(Group(first: warning, others: same.count - 1))
            }
        }
        self.groups = groups
    }
}
