import FrenchText

/// Suggests the known word closest to a mistyped one.
enum KeySuggestion {
    /// The key a French name stands for (`adresse` → `address`); else the known word at the smallest edit distance,
    /// when that distance is small for its length; else the one known word that the word, of three letters or more and
    /// without a final `s`, begins (`ados` → `adolescents`).
    static func closest(to word: String, among known: [String]) -> String? {
        if let english = frenchKeys[Slug.make(from: word)], known.contains(english) { return english }
        let lowered = word.lowercased()
        let scored = known.map { ($0, distance(Array(lowered), Array($0.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        let allowed = max(1, min(3, best.0.count / 3))
        return best.1 <= allowed ? best.0 : abbreviated(lowered, among: known)
    }

    /// The keys coordinators write in French, folded as slugs (`téléphone` → `telephone`), with the key they mean.
    private static let frenchKeys: [String: String] = [
        "titre": "title", "resume": "description", "brouillon": "draft", "ordre": "weight", "nom": "name",
        "adresse": "address", "code-postal": "postal_code", "ville": "commune", "telephone": "phone", "tel": "phone",
        "courriel": "email", "mail": "email", "site": "website", "site-web": "website", "site-internet": "website",
        "horaires": "hours", "acces": "access", "cout": "cost", "secteur": "sector", "urgence": "emergency",
        "categorie": "category", "debut": "start", "fin": "end", "lieu": "place", "organisateurs": "organisers",
        "partenaires": "partners", "gratuit": "free", "prix": "price", "tarif": "price", "inscription": "registration",
        "statut": "status", "en-ligne": "online", "annee": "year", "numero": "number", "responsable": "responsible",
        "depuis": "since",
    ]

    /// The one known word that `word`, an abbreviation, begins.
    private static func abbreviated(_ word: String, among known: [String]) -> String? {
        let stem = word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
        guard stem.count >= 3 else { return nil }
        let matches = known.filter { $0.lowercased().hasPrefix(stem) && $0.count > stem.count }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The edit distance where swapping two neighbouring letters counts as one edit (`titel` → `title`), as typing
    /// errors go.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
