import FrenchText
import Templates

/// The territory a CLSM covers: `territory: {name, communes, lat, lon}` in site.yml.
public struct Territory: Sendable, Equatable {
    /// Its name (« Agglomération messine (Metz Métropole) »).
    public let name: String
    /// The communes it gathers, in the order written.
    public let communes: [String]
    /// The INSEE code of each commune written as `{name, insee}`, by commune name.
    public let inseeCodes: [String: String]
    /// Its centre, for a network's map; nil when site.yml does not give `lat` and `lon`.
    let centre: Coordinates?
    /// Each commune by its name folded as a slug (`montigny-les-metz`), to find the one a misspelt name means.
    private let communesByFoldedName: [String: String]
    private let communeNames: Set<String>

    init(name: String, communes: [String], inseeCodes: [String: String], centre: Coordinates?) {
        self.name = name
        self.communes = communes
        self.inseeCodes = inseeCodes
        self.centre = centre
        communesByFoldedName = Dictionary(communes.map { (Slug.make(from: $0), $0) }) { first, _ in first }
        communeNames = Set(communes)
    }

    /// Warns when an entry's `commune` (or a commune of its `sector`) is not one of the territory's communes but is
    /// written like one (other accents, case or hyphens, or a letter or two away), which it surely means. A commune far
    /// from all of them is a place outside the territory, where a guide entry or an event may be.
    func checkSpelling(of commune: Located<String>, log: inout DiagnosticLog) {
        guard let nearest = nearestCommune(to: commune.value) else { return }
        log.warning(.communeNotInTerritory(commune.value, nearest: nearest), at: commune.location)
    }

    /// The commune of the territory that `name`, not one of them, probably means.
    private func nearestCommune(to name: String) -> String? {
        guard !communeNames.contains(name) else { return nil }
        let folded = Slug.make(from: name)
        if let same = communesByFoldedName[folded] { return same }
        // An edit distance above 3 is never suggested: names of another length by more than that are not compared.
        let candidates = communesByFoldedName.keys.filter { abs($0.count - folded.count) <= 3 }.sorted()
        return KeySuggestion.closest(to: folded, among: candidates).flatMap { communesByFoldedName[$0] }
    }

    /// Reads the `territory` block; nil when it is absent or unusable.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Territory? {
        guard var group = fields.group("territory", log: &log) else { return nil }
        let name = group.text("name", required: true, log: &log)
        let communes = readCommunes(&group, log: &log)
        let centre = ResourceChecks.coordinates(lat: group.text("lat", log: &log), lon: group.text("lon", log: &log), log: &log)
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("territory"))
        guard let name else { return nil }
        var codes: [String: String] = [:]
        for commune in communes { if let code = commune.insee { codes[commune.name] = code } }
        return Territory(name: name.value, communes: communes.map(\.name), inseeCodes: codes, centre: centre)
    }

    /// Each commune is a name (`Metz`) or a group with its INSEE code (`{name: Metz, insee: "57463"}`).
    private static func readCommunes(_ fields: inout FieldReader, log: inout DiagnosticLog) -> [(name: String, insee: String?)] {
        guard let entry = fields.entry("communes") else { return [] }
        let items: [YAMLNode]
        switch entry.value.value {
        case .sequence(let list): items = list
        case .scalar: items = [entry.value]
        default:
            log.error(.communesNotList(is: entry.value.kindDescription), at: entry.keyLocation)
            return []
        }
        return items.compactMap { item in
            if case .scalar(let text, _) = item.value {
                let name = text.trimmingSpaces
                return name.isEmpty ? nil : (name, nil)
            }
            guard let entries = item.entries else {
                log.error(.communeNotNameOrGroup(is: item.kindDescription), at: item.location)
                return nil
            }
            var commune = FieldReader(entries, at: item.location)
            let name = commune.text("name", required: true, log: &log)
            let insee = commune.text("insee", log: &log)
            commune.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "une commune", en: "a commune"))
            if let insee, !isINSEECode(insee.value) {
                log.error(.badINSEE(insee.value),
                          at: insee.location)
                return nil
            }
            guard let name else { return nil }
            return (name.value, insee?.value)
        }
    }

    /// Five digits, or Corsica's `2A`/`2B` followed by three digits.
    static func isINSEECode(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 5, characters[2...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        if characters[0] == "2" && (characters[1] == "A" || characters[1] == "B") { return true }
        return characters[..<2].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `site.territory`: `name`, `communes`, `has_communes`.
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        ["name": .text(french.text(name)), "communes": .texts(communes.map(french.text)), "has_communes": .bool(!communes.isEmpty)]
    }
}
