/// What a network reads of a member's `clsm.json` (format `clsm-site/1`); keys it does not use are ignored.
struct MemberIdentity: Decodable, Sendable {
    struct Territory: Decodable, Sendable {
        struct Commune: Decodable, Sendable {
            let name: String
            let insee: String?
        }

        let name: String
        let communes: [Commune]
        let lat: Double?
        let lon: Double?
    }

    struct Contact: Decodable, Sendable {
        let name: String
        let address: String?
        let phone: String?
        let phoneUri: String?
        let email: String?
    }

    struct Exports: Decodable, Sendable {
        let agenda: String
        let resources: String?
        let calendar: String?
    }

    let name: String
    let shortName: String?
    let url: String
    let territory: Territory?
    let carrier: [String]
    let contact: Contact
    let exports: Exports
}

/// What a network reads of a member's `agenda.json` (format `clsm-agenda/1`).
struct MemberAgenda: Decodable, Sendable {
    struct Edition: Decodable, Sendable {
        let year: Int
        let number: Int?
        let start: String
        let end: String
        let theme: String?
    }

    struct Event: Decodable, Sendable {
        let url: String
        let title: String
        let description: String?
        let start: String
        let end: String?
        let allDay: Bool
        let timeZone: String
        let place: String?
        let address: String?
        let commune: String
        let lat: Double?
        let lon: Double?
        let type: String
        let typeLabel: String
        let status: String
        let sism: Int?
        /// When its page was last edited, RFC 3339; absent from files written before it was added.
        let updated: String?
    }

    let editions: [Edition]
    let events: [Event]
}

/// What a network reads of a member's `ressources.json` (format `clsm-guide`, version 1).
struct MemberGuide: Decodable, Sendable {
    struct Category: Decodable, Sendable {
        let id: String
        let label: String
    }

    struct Resource: Decodable, Sendable {
        let url: String
        let title: String
        let description: String?
        let category: String
        let categoryLabel: String
        let commune: String
        let address: String?
        let postalCode: String?
        let phone: String?
        let phoneUri: String?
    }

    let categories: [Category]
    let resources: [Resource]
}
