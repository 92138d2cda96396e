/// One CLSM of a network, as its published files describe it.
struct NetworkMember: Sendable {
    /// Its `clsm.json`.
    let identity: MemberIdentity
    /// The SISM editions of its `agenda.json`.
    var editions: [MemberAgenda.Edition]
    /// The events of its `agenda.json`, as written.
    let events: [MemberAgenda.Event]
    /// The entries of its `ressources.json`.
    let resources: [MemberGuide.Resource]
    /// The slug of its display name, unique in the network (`clsm-messin`, `clsm-messin-2`): its regional agenda's
    /// folder and its key in the agenda's filter.
    var slug = ""

    /// The name lists show: its short name, else its name.
    var displayName: String { identity.shortName ?? identity.name }

    /// Its whole agenda's `.ics`, absolute; nil when it has none.
    var calendarURL: String? {
        identity.exports.calendar.map { identity.url + $0 }
    }

    /// The département its first commune (by INSEE code) or its contact's postal code is in: `57`, `2A`, `974`.
    var departement: String? {
        if let code = identity.territory?.communes.lazy.compactMap(\.insee).first {
            return Departement.code(ofCommune: code)
        }
        return identity.contact.address.flatMap(Departement.code(inAddress:))
    }
}
