import Foundation
import FrenchText

/// A network site's members with their events, SISM editions and resources gathered.
struct Network: Sendable {
    /// The members that could be read, in the order of site.yml.
    let members: [NetworkMember]
    /// Every member's events, earliest first.
    let events: [NetworkEvent]
    /// Each member's events, earliest first, by the member's index.
    let eventsByMember: [[NetworkEvent]]
    /// The SISM editions any member lists, by year; each as the first member listing it gives it.
    let editions: [MemberAgenda.Edition]
    /// Every member's resources, a structure two members list (same name and address after folding) once.
    let resources: [RegionalResource]

    /// A structure of the regional guide and the members that list it.
    struct RegionalResource: Sendable {
        /// The entry of the first member listing it.
        let record: MemberGuide.Resource
        /// Each member listing it, by index, with the URL of its entry there.
        var listings: [(member: Int, url: String)]
    }

    /// The network of `settings`, its members read below `siteDirectory`; every problem is recorded in `log`.
    static func load(_ settings: NetworkSettings, siteDirectory: String, log: inout DiagnosticLog) -> Network {
        let reader = MemberReader(siteDirectory: siteDirectory)
        var members: [NetworkMember] = []
        var events: [NetworkEvent] = []
        var slugs: Set<String> = []
        for exports in settings.members {
            guard var member = reader.read(exports, log: &log) else { continue }
            member.editions = member.editions.filter { edition in
                guard CalendarDate(iso: edition.start) != nil, CalendarDate(iso: edition.end) != nil else {
                    log.error(.memberSISMEditionUnreadable(exports.value, year: edition.year),
                              at: exports.location)
                    return false
                }
                return true
            }
            events += member.events.compactMap {
                NetworkEvent($0, member: members.count, name: exports.value, location: exports.location, log: &log)
            }
            member.slug = uniqueSlug(for: member, taken: &slugs)
            members.append(member)
        }
        var editions: [Int: MemberAgenda.Edition] = [:]
        for edition in members.flatMap(\.editions) where editions[edition.year] == nil { editions[edition.year] = edition }
        let sorted = events.sorted(by: NetworkEvent.chronological)
        var byMember = Array(repeating: [NetworkEvent](), count: members.count)
        for event in sorted { byMember[event.member].append(event) }
        return Network(members: members, events: sorted, eventsByMember: byMember,
                       editions: editions.values.sorted { $0.year < $1.year }, resources: gathered(members))
    }

    /// The slug of `member`'s name, with `-2`, `-3`… when another member took it; added to `taken`.
    private static func uniqueSlug(for member: NetworkMember, taken: inout Set<String>) -> String {
        let base = Slug.make(from: member.displayName).isEmpty ? "clsm" : Slug.make(from: member.displayName)
        var slug = base, suffix = 1
        while taken.contains(slug) {
            suffix += 1
            slug = "\(base)-\(suffix)"
        }
        taken.insert(slug)
        return slug
    }

    /// The resources of `members`, one per structure, in French order of their titles.
    private static func gathered(_ members: [NetworkMember]) -> [RegionalResource] {
        var resources: [RegionalResource] = []
        var byKey: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            for record in member.resources {
                let key = Slug.make(from: record.title) + "|" + Slug.make(from: (record.address ?? "") + " " + record.commune)
                if let known = byKey[key] {
                    if !resources[known].listings.contains(where: { $0.member == index }) {
                        resources[known].listings.append((index, record.url))
                    }
                } else {
                    byKey[key] = resources.count
                    resources.append(RegionalResource(record: record, listings: [(index, record.url)]))
                }
            }
        }
        return resources.sorted {
            if $0.record.title != $1.record.title { return FrenchCollation.areInIncreasingOrder($0.record.title, $1.record.title) }
            return $0.record.url < $1.record.url
        }
    }
}
