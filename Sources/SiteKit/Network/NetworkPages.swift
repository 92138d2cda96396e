import FrenchText
import Templates

/// The pages a network site generates from its members' data: the directory, the regional agenda, the regional
/// SISM pages and the regional guide.
struct NetworkPages {
    let network: Network
    let environment: RenderEnvironment
    let baseURL: BaseURL
    /// The directory's map tiles; nil when the site shows no map.
    let map: GuideMapSettings?

    /// The members' directory.
    static let directoryPath = "membres/"
    /// The regional agenda.
    static let agendaPath = "agenda-regional/"
    /// The regional agenda's iCalendar file.
    static let calendarPath = agendaPath + "agenda-regional.ics"
    /// The regional SISM editions.
    static let sismPath = "sism-regionale/"
    /// The regional guide, by category; `communes/` and `clsm/` below it.
    static let guidePath = "guide-regional/"

    private var values: NetworkValues { NetworkValues(network: network, environment: environment) }

    /// Every page.
    var all: [GeneratedPage] {
        [directory(), agenda()] + network.members.indices.map(memberAgenda) + [editions()] + network.editions.map(edition)
            + guideViews()
    }

    /// `membres/`: the members by département, then by name.
    func directory() -> GeneratedPage {
        let byDepartement = Dictionary(grouping: network.members) { $0.departement ?? "" }
        let departements = byDepartement.keys.sorted { a, b in
            // Codes sort as text (`2A` after `19`, `974` after `95`); members without one come last.
            a.isEmpty != b.isEmpty ? !a.isEmpty : a < b
        }.map { code -> TemplateValues in
            let members = (byDepartement[code] ?? []).sorted { FrenchCollation.areInIncreasingOrder($0.identity.name, $1.identity.name) }
            let name = Departement.name(of: code).map { "\($0) (\(code))" } ?? "Autres territoires"
            return ["name": .text(environment.french.text(name)), "id": .text("departement-" + (code.isEmpty ? "autres" : code.lowercased())),
                    "members": .groups(members.map(values.member))]
        }
        var own: TemplateValues = ["departements": .groups(departements), "has_departements": .bool(!departements.isEmpty)]
        let placed = network.members.filter { NetworkValues.centre(of: $0) != nil }.count
        if let map, placed > 0 {
            own["tiles"] = .group(map.templateValues)
            own["placed_label"] = .text(environment.french.text(placed == 1 ? "1 CLSM a une position sur la carte" : "\(placed) CLSM ont une position sur la carte"))
        }
        return GeneratedPage(urlPath: Self.directoryPath, title: "Les CLSM du réseau", layout: "network-members",
                             description: "Chaque conseil local de santé mentale du réseau, son territoire et sa coordination, par département.",
                             values: own, parentURLPath: "")
    }

    /// `agenda-regional/`: every member's events, upcoming then past, by day, with the filters' choices.
    func agenda() -> GeneratedPage {
        GeneratedPage(urlPath: Self.agendaPath, title: "Agenda régional", layout: "network-agenda",
                      description: "Les manifestations de tous les CLSM du réseau, à venir et passées, jour par jour.",
                      values: agendaValues(network.events, calendarPath: Self.calendarPath, current: nil), parentURLPath: "")
    }

    /// `agenda-regional/<member>/`: the regional agenda filtered on one member, a page of its own so that the
    /// filter works without JavaScript, with that member's `.ics`.
    func memberAgenda(_ index: Int) -> GeneratedPage {
        let member = network.members[index]
        var values = agendaValues(network.eventsByMember[index], calendarPath: Self.calendarPath(of: member), current: index)
        values["member"] = .group(self.values.member(member))
        values["regional_url"] = .text(baseURL.sitePath(Self.agendaPath))
        return GeneratedPage(urlPath: Self.agendaPath(of: member), title: "Agenda régional : " + member.displayName, layout: "network-agenda",
                             description: "Les manifestations de \(member.identity.name), à venir et passées, jour par jour.",
                             values: values, parentURLPath: Self.agendaPath)
    }

    /// The page of the regional agenda filtered on `member`.
    static func agendaPath(of member: NetworkMember) -> String { agendaPath + member.slug + "/" }

    /// The `.ics` of `member`'s events in the regional agenda.
    static func calendarPath(of member: NetworkMember) -> String { agendaPath(of: member) + member.slug + ".ics" }

    /// Layout `network-agenda`'s values for `events`; `current` is the member whose page it is.
    private func agendaValues(_ events: [NetworkEvent], calendarPath: String, current: Int?) -> TemplateValues {
        let now = environment.now
        let upcoming = events.filter { $0.schedule.phase(at: now).isAhead }, past = events.filter { !$0.schedule.phase(at: now).isAhead }
        let agendas = network.members.indices.map { index -> TemplateValues in
            let member = network.members[index]
            return ["name": .text(environment.french.text(member.displayName)), "url": .text(baseURL.sitePath(Self.agendaPath(of: member))),
                    "calendar_url": .text(baseURL.sitePath(Self.calendarPath(of: member))), "is_current": .bool(index == current)]
        }
        return [
            "upcoming_days": .groups(values.days(upcoming)),
            "has_upcoming": .bool(!upcoming.isEmpty),
            "past_days": .groups(values.days(past, latestFirst: true)),
            "has_past": .bool(!past.isEmpty),
            "calendar_url": .text(baseURL.sitePath(calendarPath)),
            "filters": .group(values.filters(events, byMember: current == nil)),
            "member_agendas": .groups(agendas),
        ]
    }

    /// `sism-regionale/`: every edition a member lists, the latest first.
    func editions() -> GeneratedPage {
        let editions = network.editions.reversed().map { edition in
            editionValues(edition, eventCount: events(of: edition).count)
        }
        return GeneratedPage(urlPath: Self.sismPath, title: "Les SISM dans le réseau", layout: "sism-editions",
                             description: "Les Semaines d’information sur la santé mentale dans tous les CLSM du réseau.",
                             values: ["editions": .groups(editions), "has_editions": .bool(!editions.isEmpty)], parentURLPath: "")
    }

    /// `sism-regionale/<year>/`: every member's events of that edition, by day.
    func edition(_ edition: MemberAgenda.Edition) -> GeneratedPage {
        let events = events(of: edition)
        let values: TemplateValues = [
            "edition": .group(editionValues(edition, eventCount: events.count)),
            "days": .groups(values.days(events)),
            "has_events": .bool(!events.isEmpty),
        ]
        return GeneratedPage(urlPath: Self.sismPath + "\(edition.year)/", title: "SISM \(edition.year) dans le réseau",
                             layout: "network-sism", description: edition.theme.map { "Thème national : « \($0) »." },
                             values: values, parentURLPath: Self.sismPath)
    }

    /// The regional guide three ways: by category, by commune, by CLSM.
    func guideViews() -> [GeneratedPage] {
        let views: [(path: String, title: String, key: (Network.RegionalResource) -> [String])] = [
            (Self.guidePath, "par catégorie", { [$0.record.categoryLabel] }),
            (Self.guidePath + "communes/", "par commune", { [$0.record.commune] }),
            (Self.guidePath + "clsm/", "par CLSM", { resource in resource.listings.map { network.members[$0.member].displayName } }),
        ]
        return views.map { view in
            var groups: [String: [Network.RegionalResource]] = [:]
            for resource in network.resources {
                for key in view.key(resource) { groups[key, default: []].append(resource) }
            }
            let sorted = groups.keys.sorted(by: FrenchCollation.areInIncreasingOrder).map { title -> TemplateValues in
                ["title": .text(environment.french.text(title)), "id": .text(Slug.make(from: title)),
                 "resources": .groups((groups[title] ?? []).map(values.resource))]
            }
            let links = views.map { other -> TemplateValues in
                ["title": .text(other.title), "url": .text(baseURL.sitePath(other.path)), "is_current": .bool(other.path == view.path)]
            }
            return GeneratedPage(urlPath: view.path, title: "Guide régional des ressources, " + view.title, layout: "network-guide",
                                 description: "Les ressources de tous les CLSM du réseau ; chacune renvoie à sa fiche sur le site du CLSM.",
                                 values: ["groups": .groups(sorted), "has_groups": .bool(!sorted.isEmpty), "views": .groups(links),
                                          "resource_count": .text(Self.count(network.resources.count))],
                                 parentURLPath: view.path == Self.guidePath ? "" : Self.guidePath)
        }
    }

    private func events(of edition: MemberAgenda.Edition) -> [NetworkEvent] {
        network.events.filter { $0.record.sism == edition.year }
    }

    /// Shape `edition` of the agenda's layouts, its page the network's own.
    private func editionValues(_ edition: MemberAgenda.Edition, eventCount: Int) -> TemplateValues {
        let days = (start: CalendarDate(iso: edition.start), end: CalendarDate(iso: edition.end))
        let sism = SISMEdition(year: edition.year, number: edition.number, start: days.start ?? days.end ?? CalendarDate(daysSinceEpoch: 0),
                               end: days.end ?? days.start ?? CalendarDate(daysSinceEpoch: 0), theme: edition.theme)
        var values = AgendaListValues(baseURL: baseURL, environment: environment).edition(sism, eventCount: eventCount)
        values["url"] = .text(baseURL.sitePath(Self.sismPath + "\(edition.year)/"))
        return values
    }

    private static func count(_ resources: Int) -> String {
        resources == 0 ? "Aucune ressource" : resources == 1 ? "1 ressource" : "\(resources) ressources"
    }
}
