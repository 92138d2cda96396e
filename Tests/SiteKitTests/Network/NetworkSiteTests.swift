import Foundation
@testable import SiteKit
import Testing

/// The network fixture (two members' files written by hand) builds its directory, regional agenda and `.ics`, SISM
/// page and guide from its members' data.
@Suite struct NetworkSiteTests {
    static let files: [String: String] = {
        let (files, _) = Fixtures.render(siteAt: Fixtures.root + "/network")
        var texts: [String: String] = [:]
        for file in files ?? [] {
            if let text = file.contents.text { texts[file.path] = text }
        }
        return texts
    }()

    /// The visible text of `path`'s `<main>`, tags dropped, one space between words.
    static func mainText(_ path: String) -> String {
        let html = files[path] ?? ""
        let main = html.range(of: "<main").flatMap { start in html.range(of: "</main>").map { html[start.lowerBound..<$0.upperBound] } } ?? ""
        let text = main.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theFixtureBuildsCleanly() {
        let (files, log) = Fixtures.render(siteAt: Fixtures.root + "/network")
        #expect(files != nil)
        #expect(log.entries.isEmpty)
    }

    @Test func theDirectoryGroupsMembersByDepartementFromTheirINSEECodeOrPostalCode() throws {
        let text = Self.mainText("membres/index.html")
        #expect(text.contains("Vosges (88) CLSM de la Vallée"))
        let vallee = try #require(text.range(of: "CLSM de la Vallée")), plateau = try #require(text.range(of: "CLSM du Plateau"))
        #expect(vallee.lowerBound < plateau.lowerBound)
        #expect(!text.contains("Autres territoires"))
        #expect(Self.files["membres/index.html"]?.contains("href=\"https://example.org/plateau/\"") == true)
    }

    @Test func theAgendaSplitsUpcomingAndPastEventsAndLinksEachToItsMember() throws {
        let html = Self.files["agenda-regional/index.html"] ?? ""
        let upcoming = try #require(html.range(of: "id=\"a-venir-titre\"")).lowerBound
        let past = try #require(html.range(of: "id=\"passees-titre\"")).lowerBound
        let atelier = try #require(html.range(of: "https://example.org/plateau/agenda/atelier/")).lowerBound
        let opening = try #require(html.range(of: "https://vallee.example.org/agenda/conference-sism/")).lowerBound
        #expect(upcoming < atelier && atelier < past && past < opening)
        #expect(Self.mainText("agenda-regional/index.html").contains("Proposé par CLSM Plateau"))
    }

    @Test func theRegionalCalendarHasEveryEventInUTCOrByDate() {
        let ics = Self.files["agenda-regional/agenda-regional.ics"] ?? ""
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        #expect(ics.contains("DTSTART:20251009T163000Z\r\nDTEND:20251009T183000Z\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20251103\r\nDTEND;VALUE=DATE:20251115\r\n"))
        #expect(ics.contains("UID:https://example.org/plateau/agenda/atelier/\r\n"))
        #expect(ics.contains("STATUS:CANCELLED\r\n"))
    }

    @Test func theCalendarsStampEachEventWithItsMembersLastEditElseItsStartNeverTheBuildsClock() {
        for path in ["agenda-regional/agenda-regional.ics", "agenda-regional/clsm-plateau/clsm-plateau.ics"] {
            let ics = Self.files[path] ?? ""
            #expect(ics.contains("UID:https://example.org/plateau/agenda/atelier/\r\nDTSTAMP:20250930T071500Z\r\n"), "\(path)")
            #expect(ics.contains("UID:https://example.org/plateau/agenda/conference-2024/\r\nDTSTAMP:20241010T160000Z\r\n"), "\(path)")
        }
    }

    @Test func eachMemberHasTheRegionalAgendaFilteredOnItAndItsCalendar() throws {
        let plateau = Self.mainText("agenda-regional/clsm-plateau/index.html")
        #expect(plateau.contains("Atelier bien-être") && plateau.contains("Conférence 2024"))
        #expect(!plateau.contains("Conférence d’ouverture des SISM"))
        let ics = try #require(Self.files["agenda-regional/clsm-plateau/clsm-plateau.ics"])
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(!ics.contains("vallee.example.org"))
        let regional = Self.files["agenda-regional/index.html"] ?? ""
        #expect(regional.contains("<a href=\"/reseau/agenda-regional/clsm-plateau/\">CLSM Plateau</a>"))
        #expect(regional.contains("<a href=\"/reseau/agenda-regional/clsm-vallee/clsm-vallee.ics\">"))
        #expect(Self.files["agenda-regional/clsm-vallee/index.html"]?.contains("aria-current=\"page\">CLSM Vallée</a>") == true)
    }

    @Test func theRegionalAgendaFiltersByMemberAndCommuneTheWayTheSitesAgendaDoes() {
        let regional = Self.files["agenda-regional/index.html"] ?? ""
        #expect(regional.contains("<select id=\"agenda-filtre-clsm\" name=\"clsm\">"))
        #expect(regional.contains("<option value=\"clsm-plateau\">CLSM Plateau</option>"))
        #expect(regional.contains("<option value=\"saint-die-des-vosges\">Saint-Dié-des-Vosges</option>"))
        #expect(regional.contains("data-agenda-event data-commune=\"saint-die-des-vosges\" data-clsm=\"clsm-plateau\""))
        #expect(regional.contains("<script src=\"/reseau/js/agenda.js\" defer></script>"))
        // A member's own page filters by commune only: the CLSM is chosen already.
        let plateau = Self.files["agenda-regional/clsm-plateau/index.html"] ?? ""
        #expect(plateau.contains("name=\"commune\"") && !plateau.contains("name=\"clsm\""))
    }

    @Test func theSISMPageHoldsEveryMembersEventsOfTheEdition() {
        let text = Self.mainText("sism-regionale/2025/index.html")
        #expect(text.contains("Conférence d’ouverture des SISM"))
        #expect(text.contains("Atelier bien-être"))
        #expect(!text.contains("Conférence 2024"))
        #expect(text.contains("2 manifestations"))
    }

    @Test func aStructureTwoMembersListIsShownOnceWithBothMembers() {
        let text = Self.mainText("guide-regional/index.html")
        #expect(text.components(separatedBy: "numéro national de prévention du suicide").count - 1 == 1)
        #expect(text.contains("Fiche du guide de CLSM Vallée CLSM Plateau"))
        #expect(text.contains("3 ressources"))
        let byMember = Self.mainText("guide-regional/clsm/index.html")
        #expect(byMember.components(separatedBy: "numéro national de prévention du suicide").count - 1 == 2)
    }
}
