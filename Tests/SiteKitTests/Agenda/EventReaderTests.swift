import FrenchText
@testable import SiteKit
import Testing

/// Each mistake in an event's keys is reported at its key, with the exact message; good events read whole.
@Suite struct EventReaderTests {
    private let path = "content/agenda/essai.md"

    @Test func readsEveryKeyOfAFullEvent() throws {
        let (details, diagnostics) = EventSamples.read("""
            start: 2025-10-09 18:30
            end: 2025-10-09 20:30
            type: conference
            place: "Amphithéâtre"
            address: "1 rue du Saulcy"
            commune: NO
            organisers: [CLSM]
            partners: UNAFAM
            public: [tous, adultes, adultes]
            price: "8 €"
            registration: {required: false, phone: "0387562768", email: a@b.fr, url: "https://x.org/?a=1", deadline: 2025-10-08}
            accessibility: [visuel, moteur]
            status: full
            online: https://visio.example.org/x
            lat: 49.1
            lon: -6.25
            sism: 2025
            """)
        #expect(diagnostics == [])
        let event = try #require(details)
        #expect(event.type == .conference)
        #expect(event.commune == "NO")
        #expect(event.partners == ["UNAFAM"])
        #expect(event.publics == ["adultes", "tous"])
        #expect(event.accessibility == ["moteur", "visuel"])
        #expect(event.status == .full)
        #expect(event.registration == EventRegistration(isRequired: false, url: "https://x.org/?a=1", phone: FrenchPhone("0387562768"), email: "a@b.fr",
                                                        deadline: LocalDateTime(parsing: "2025-10-08")))
        #expect(event.coordinates?.mapURL == "https://www.openstreetmap.org/?mlat=49.1&mlon=-6.25#map=17/49.1/-6.25")
        #expect(event.locationLine == "Amphithéâtre, 1 rue du Saulcy, NO")
        #expect(event.sismYear == 2025)
    }

    @Test(arguments: [
        ("type: autre\ncommune: Metz", "content/agenda/essai.md:1:1: error: missing required key `start`"),
        ("start: 9 octobre\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:3:8: error: `start` must be a date written `2025-10-09` or `2025-10-09 18:30`, not `9 octobre`"),
        ("start: 2025-10-09 18:30\nend: 2025-10-09 17:00\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:4:6: error: `end` (2025-10-09 17:00) is before `start` (2025-10-09 18:30)"),
        ("start: 2025-10-09\nend: 2025-10-08\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:4:6: error: `end` (2025-10-08) is before `start` (2025-10-09)"),
        ("start: 2025-10-09\nend: 2025-10-10 12:00\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:4:6: error: `end` must be a date alone, like `start`: this is an all-day event"),
        ("start: 2025-10-09 10:00\nend: 2025-10-10\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:4:6: error: `end` needs a time, like `start` (`2025-10-10 20:30`)"),
        ("start: 2025-10-09\nend: 2026-10-11\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:4:6: error: `end` is more than a year after `start`: an agenda entry lasts a year at most"),
        ("start: 2025-10-09\ntype: concerts\ncommune: Metz",
         "content/agenda/essai.md:4:7: error: `type` must be one of `cine-debat`, `conference`, `table-ronde`, `exposition`, `atelier`, `portes-ouvertes`, `stand`, `marche`, `theatre`, `cafe-debat`, `autre`, not `concerts`"),
        ("start: 2025-10-09\ntype: conferences\ncommune: Metz",
         "content/agenda/essai.md:4:7: error: `type` must be one of `cine-debat`, `conference`, `table-ronde`, `exposition`, `atelier`, `portes-ouvertes`, `stand`, `marche`, `theatre`, `cafe-debat`, `autre`, not `conferences`; did you mean `conference`?"),
        ("start: 2026-03-29 02:30\ntype: autre\ncommune: Metz",
         "content/agenda/essai.md:3:8: error: `start` 2026-03-29 02:30 does not exist in Europe/Paris: that night clocks jump from 02:00 to 03:00; choose a time outside that hour"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nsism: 2019",
         "content/agenda/essai.md:6:7: error: `sism: 2019` names no SISM edition: site.yml lists 2025"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nlat: 49.1",
         "content/agenda/essai.md:6:6: error: `lat` needs `lon`: give both coordinates, or neither"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nlat: 91\nlon: 6",
         "content/agenda/essai.md:6:6: error: `lat` must be a decimal number of degrees between -90 and 90, not `91`"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nonline: visio.example.org",
         "content/agenda/essai.md:6:9: error: `online` must be an address starting with `https://` (`https://www.ville.fr/`), not `visio.example.org`"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\npublic: [ados]",
         "content/agenda/essai.md:6:10: error: `public` takes `adultes`, `adolescents`, `enfants`, `familles`, `seniors`, `tous`, not `ados`; did you mean `adolescents`?"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nstatus: annule",
         "content/agenda/essai.md:6:9: error: `status` must be one of `scheduled`, `full`, `postponed`, `cancelled`, not `annule`"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nregistration: {email: contact}",
         "content/agenda/essai.md:6:23: error: `email` must be an e-mail address such as `contact@ville.fr`, not `contact`: it lacks the `@`"),
        ("start: 2025-10-09\ntype: autre\ncommune: Metz\nregistration: {phone: \"12\"}",
         "content/agenda/essai.md:6:23: error: `phone` must be a French phone number such as `03 87 56 27 68` or `3114`, not `12`"),
    ])
    func reportsAMistakeAtItsKey(_ lines: String, _ expected: String) {
        let (details, diagnostics) = EventSamples.read(lines)
        #expect(details == nil)
        #expect(diagnostics == [expected])
    }

    @Test func theAutumnOverlapIsAWarningThatReadsTheFirstOccurrence() throws {
        let (details, diagnostics) = EventSamples.read("start: 2025-10-26 02:30\nend: 2025-10-26 04:00\ntype: autre\ncommune: Metz")
        #expect(diagnostics == [
            "content/agenda/essai.md:3:8: warning: `start` 2025-10-26 02:30 happens twice in Europe/Paris: that night clocks go back from 03:00 to 02:00; read as the first 02:30, before the change; write `2025-10-26 02:30+01:00` for the second",
        ])
        let start = try #require(details?.schedule.start)
        #expect(start.instant.timeIntervalSince1970 == 1_761_438_600)
        #expect(start.iso == "2025-10-26T02:30+02:00")
        #expect(!start.isSecondOccurrence)
    }

    @Test func anOffsetPicksTheSecondOccurrenceWithoutWarning() throws {
        let (details, diagnostics) = EventSamples.read("start: 2025-10-26 02:30+01:00\ntype: autre\ncommune: Metz")
        #expect(diagnostics == [])
        let start = try #require(details?.schedule.start)
        #expect(start.instant.timeIntervalSince1970 == 1_761_442_200)
        #expect(start.iso == "2025-10-26T02:30+01:00")
        #expect(start.isSecondOccurrence)
    }

    @Test func anOffsetFromElsewhereIsShownInTheSiteZone() throws {
        let start = try #require(EventSamples.read("start: 2025-10-09T16:30Z\ntype: autre\ncommune: Metz").details?.schedule.start)
        #expect(start.iso == "2025-10-09T18:30+02:00")
    }

    @Test func unknownKeysAndBothFreeAndPriceAreWarnings() {
        let (details, diagnostics) = EventSamples.read("""
            start: 2025-10-09
            type: autre
            comune: Metz
            commune: Metz
            free: true
            price: "5 €"
            registration: {requis: true}
            """)
        #expect(details != nil)
        #expect(diagnostics == [
            "content/agenda/essai.md:5:1: warning: unknown key `comune` in an event front matter; did you mean `commune`?",
            "content/agenda/essai.md:8:8: warning: `price` is shown although `free: true` says the event is free; keep one of them",
            "content/agenda/essai.md:9:16: warning: unknown key `requis` in registration; did you mean `required`?",
        ])
    }
}
