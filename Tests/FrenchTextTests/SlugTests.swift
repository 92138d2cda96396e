import FrenchText
import Testing

struct SlugTests {
    @Test(arguments: [
        ("Réunion plénière", "reunion-pleniere"),
        ("L'Œuvre d'art", "l-oeuvre-d-art"),
        ("L’Œuvre d’art", "l-oeuvre-d-art"),
        ("CMP/CMPP enfants", "cmp-cmpp-enfants"),
        ("  ", ""),
        ("", ""),
        ("!!! ---", ""),
        ("Ça ira", "ca-ira"),
        ("ŒUVRE Cœur", "oeuvre-coeur"),
        ("Æsthétique", "aesthetique"),
        ("Straße", "strasse"),
        ("Łódź Øresund", "lodz-oresund"),
        ("Hôpital Saint-Éloi", "hopital-saint-eloi"),
        ("naïve coïncidence", "naive-coincidence"),
        ("e\u{301}te\u{301}", "ete"),
        ("ﬁche", "fiche"),
        ("x²", "x2"),
        ("Groupe d’entraide mutuelle — GEM", "groupe-d-entraide-mutuelle-gem"),
        ("  -- Semaine (SISM) 2025 --  ", "semaine-sism-2025"),
        ("Crèche  &  Co", "creche-co"),
        ("Fête 🎉 de la musique", "fete-de-la-musique"),
        ("Tab\tand\nnewline", "tab-and-newline"),
        ("2025-10-09", "2025-10-09"),
        ("Ἀθῆναι", ""),
        ("Été\u{00A0}2025", "ete-2025"),
    ])
    func make(text: String, expected: String) {
        #expect(Slug.make(from: text) == expected)
    }

    @Test(arguments: ["Réunion plénière", "L'Œuvre d'art", "a--b", "-x-"])
    func slugOfSlugIsUnchanged(text: String) {
        let slug = Slug.make(from: text)
        #expect(Slug.make(from: slug) == slug)
    }
}
