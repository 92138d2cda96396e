import Foundation
import FrenchText

/// The settings of one site, read from its `site.yml`.
public struct SiteConfig: Sendable {
    /// The site's name.
    public var title: String
    /// The absolute URL the site is published at, ending with `/` (may carry a path).
    public var baseURL: BaseURL
    /// Page language and theme strings (`fr`).
    public var language: String
    /// How dates without an offset are read.
    public var timeZone: TimeZone
    /// The name of the zone (`Europe/Paris`).
    public var timeZoneName: String
    /// The theme's folder name under `themes/`, with where it was named.
    public var theme: Located<String>
    /// The CLSM's usual short name (« CLSM messin »), for a network's lists; nil when site.yml does not give `short_name`.
    public var shortName: String?
    /// The day its founding convention was signed (`founded`), when given.
    public var founded: CalendarDate?
    /// One-sentence description of the site.
    public var description: String?
    /// Path of the logo under `static/`, with where it was written.
    public var logo: Located<String>?
    /// The coordination's contact block.
    public var contact: Contact
    /// The main menu as written in `site.yml`; nil to derive it from the content.
    public var menu: [MenuEntry]?
    /// Folders mapped to a content kind, the defaults included.
    public var sections: [String: ContentKind]
    /// The territory the CLSM covers.
    public var territory: Territory?
    /// The bodies that carry the CLSM (ville, EPSM, CH).
    public var carrier: [String]
    /// The bodies shown under « Avec le soutien de ».
    public var partners: [Partner]
    /// What « Mentions légales » says; nil when site.yml has no `legal` (the page is then not generated).
    public var legal: LegalInfo?
    /// The RGAA compliance of the site.
    public var accessibility: AccessibilityStatement
    /// The site's own emergency numbers; nil to show the theme's national list.
    public var emergency: [EmergencyNumber]?
    /// The theme's colours and free values.
    public var params: ThemeParams
    /// `search: true`, where it was written: Pagefind indexes the written site; nil when the site has no search.
    public var search: SourceLocation?
    /// `guide.pdf: true`, where it was written: the build prints the guide to PDF; nil otherwise.
    public var guidePDF: SourceLocation?
    /// The guide's map (`guide.map`); nil when the site shows none.
    public var guideMap: GuideMapSettings?
    /// The members of a network site (`network:`); nil for a CLSM's own site.
    public var network: NetworkSettings?
    /// The blocks of `site.yml` typed by their own features (`sism`, `guide`), handed to the theme as written.
    public var extra: [String: YAMLNode]
}

/// The contact block of a site.
public struct Contact: Sendable {
    /// Name of the coordination.
    public var name: String
    /// Postal address, possibly on several lines.
    public var address: String?
    /// Phone number.
    public var phone: FrenchPhone?
    /// E-mail address.
    public var email: String?
}

/// One entry of the main menu, pointing at a content page or at a URL.
public struct MenuEntry: Sendable {
    /// What the menu shows.
    public var title: String
    /// The target: a content path (`presentation.md`) or a site path / URL (`/guide/`).
    public var target: Located<String>
}
