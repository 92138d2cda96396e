import FrenchText

/// Which front-matter key of a guide entry each column of a spreadsheet fills: French headings as coordinators
/// write them, matched whatever their case, accents and spacing, renamed or extended by a mapping file.
struct ImportColumns {
    /// The headings `clsm import` knows and the CSV export writes, in the export's order, with their keys.
    static let standard: [(heading: String, key: String)] = [
        ("Identifiant", "slug"), ("Nom", "title"), ("Catégorie", "category"), ("Description", "description"),
        ("Adresse", "address"), ("Code postal", "postal_code"), ("Commune", "commune"), ("Téléphone", "phone"),
        ("Courriel", "email"), ("Site", "website"), ("Horaires", "hours"), ("Public", "publics"),
        ("Âge minimum", "age_min"), ("Âge maximum", "age_max"), ("Accès", "access"), ("Coût", "cost"),
        ("Secteur", "sector"), ("Latitude", "lat"), ("Longitude", "lon"), ("Urgence", "emergency"),
        ("Mise à jour", "updated"),
    ]

    /// Other headings spreadsheets often have for the same keys.
    static let synonyms: [(heading: String, key: String)] = [
        ("Structure", "title"), ("Ville", "commune"), ("Tél", "phone"), ("E-mail", "email"), ("Mail", "email"),
        ("Site web", "website"), ("Site internet", "website"), ("Publics", "publics"), ("Type", "category"),
    ]

    /// The keys a guide entry must have, so a spreadsheet must have their columns.
    static let requiredKeys = ["title", "category", "commune"]
    /// The keys whose cell holds a list, items separated by commas.
    static let listKeys: Set<String> = ["publics", "sector"]
    /// Every key a column may fill.
    static let keys = standard.map(\.key)

    /// The key of each heading, by the heading's slug (`code-postal`).
    private let keyBySlug: [String: String]

    /// The standard headings and synonyms, then the mapping file's (given as `heading: key` pairs).
    init(mapping: [(heading: Located<String>, key: Located<String>)] = [], log: inout DiagnosticLog) {
        var keyBySlug: [String: String] = [:]
        for (heading, key) in Self.standard + Self.synonyms { keyBySlug[Slug.make(from: heading)] = key }
        for (heading, key) in mapping {
            guard Self.keys.contains(key.value) else {
                log.error(.notEntryKey(key.value, keys: Self.keys),
                          at: key.location)
                continue
            }
            keyBySlug[Slug.make(from: heading.value)] = key.value
        }
        self.keyBySlug = keyBySlug
    }

    /// The key each column fills (nil for a column left out); nil with the reasons in `log` when a required column
    /// is missing or two columns fill the same key. An unknown heading is a warning: its column is left out.
    func keys(of table: SpreadsheetTable, log: inout DiagnosticLog) -> [String?]? {
        var keys: [String?] = []
        var columnOfKey: [String: Int] = [:]
        var usable = true
        for (index, heading) in table.headings.enumerated() {
            let location = SourceLocation(file: table.file, line: 1, column: index + 1)
            guard !heading.isEmpty else {
                keys.append(nil)
                continue
            }
            guard let key = keyBySlug[Slug.make(from: heading)] else {
                let known = Self.standard.map(\.heading)
                log.warning(.unknownColumn(heading, known: known),
                            at: location)
                keys.append(nil)
                continue
            }
            if let first = columnOfKey[key] {
                log.error(.columnTwice(heading, key: key, column: first + 1, other: table.headings[first]), at: location)
                usable = false
            } else {
                columnOfKey[key] = index
            }
            keys.append(key)
        }
        for key in Self.requiredKeys where columnOfKey[key] == nil {
            let heading = Self.standard.first { $0.key == key }?.heading ?? key
            log.error(.columnMissing(heading, key: key), at: SourceLocation(file: table.file, line: 1, column: 1))
            usable = false
        }
        return usable ? keys : nil
    }
}
