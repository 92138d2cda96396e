import FrenchText
import Testing

/// NO-BREAK SPACE (before `:`).
let nb = "\u{00A0}"
/// NARROW NO-BREAK SPACE (before `;` `!` `?` `»`, after `«`).
let nn = "\u{202F}"

struct FrenchTypographyTextTests {
    static let cases: [(String, String)] = [
        // Punctuation spacing, with or without a typed space.
        ("Bonjour : ça va ?", "Bonjour\(nb): ça va\(nn)?"),
        ("Bonjour: ça va?", "Bonjour\(nb): ça va\(nn)?"),
        ("Bonjour   :", "Bonjour\(nb):"),
        ("Attention !", "Attention\(nn)!"),
        ("Un ; deux", "Un\(nn); deux"),
        ("Note:", "Note\(nb):"),
        ("un:deux", "un\(nb):deux"),
        ("Horaires : 9 h - 12 h ; 14 h - 17 h", "Horaires\(nb): 9 h - 12 h\(nn); 14 h - 17 h"),
        ("10 € : prix", "10 €\(nb): prix"),
        ("Pourquoi ? Parce que !", "Pourquoi\(nn)? Parce que\(nn)!"),
        ("Bonjour\t!", "Bonjour\(nn)!"),
        // Guillemets and curly quotes.
        ("« Bonjour »", "«\(nn)Bonjour\(nn)»"),
        ("«Bonjour»", "«\(nn)Bonjour\(nn)»"),
        ("«  Bonjour  »", "«\(nn)Bonjour\(nn)»"),
        ("“Bonjour”", "«\(nn)Bonjour\(nn)»"),
        ("Il a dit “oui” !", "Il a dit «\(nn)oui\(nn)»\(nn)!"),
        ("«»", "«\(nn)»"),
        ("« Et si c’était mon voisin ? »", "«\(nn)Et si c’était mon voisin\(nn)?\(nn)»"),
        ("« Vraiment ?»", "«\(nn)Vraiment\(nn)?\(nn)»"),
        ("«", "«"),
        ("« ", "« "),
        ("C’est l’été", "C’est l’été"),
        // Existing no-break spaces: kept when right, corrected when wrong, never doubled.
        ("Bonjour\(nb):", "Bonjour\(nb):"),
        ("Bonjour\(nn):", "Bonjour\(nb):"),
        ("Bonjour\(nb)!", "Bonjour\(nn)!"),
        ("Bonjour \(nb) !", "Bonjour\(nn)!"),
        ("«\(nn)Oui\(nn)»", "«\(nn)Oui\(nn)»"),
        // Nothing before: start of text or line, or punctuation that sticks.
        (": début", ": début"),
        ("? Quoi", "? Quoi"),
        ("  ! ici", "  ! ici"),
        ("Ligne 1\n: suite", "Ligne 1\n: suite"),
        ("Ligne 1 :\nLigne 2 ?", "Ligne 1\(nb):\nLigne 2\(nn)?"),
        ("Ligne 1\r\n; suite", "Ligne 1\r\n; suite"),
        ("Quoi ?!", "Quoi\(nn)?!"),
        ("Vraiment ?!?", "Vraiment\(nn)?!?"),
        ("(?)", "(?)"),
        // Times, ratios, ellipses.
        ("Réunion à 18:30.", "Réunion à 18:30."),
        ("Ratio 1:2", "Ratio 1:2"),
        ("C'est l'heure: 18:30 !", "C'est l'heure\(nb): 18:30\(nn)!"),
        ("Score 3 : 2", "Score 3\(nb): 2"),
        ("Score 3: 2", "Score 3\(nb): 2"),
        ("Attendez...", "Attendez..."),
        ("Et puis… ?", "Et puis…\(nn)?"),
        // URLs and e-mail addresses are left alone; punctuation around them is not.
        ("Voir https://example.com/a?b=c:d !", "Voir https://example.com/a?b=c:d\(nn)!"),
        ("Voir http://example.com:8080/x?y!", "Voir http://example.com:8080/x?y\(nn)!"),
        ("Site : www.clsm-metz.fr/agenda?mois=10", "Site\(nb): www.clsm-metz.fr/agenda?mois=10"),
        ("WWW.CLSM.FR/A?B", "WWW.CLSM.FR/A?B"),
        ("Écrire à contact@clsm-metz.fr : merci", "Écrire à contact@clsm-metz.fr\(nb): merci"),
        ("mailto:contact@clsm.fr?subject=Salut!&body=x", "mailto:contact@clsm.fr?subject=Salut!&body=x"),
        ("Écrivez à contact@clsm.fr!", "Écrivez à contact@clsm.fr\(nn)!"),
        ("(voir https://x.fr/?a=1) :", "(voir https://x.fr/?a=1)\(nb):"),
        ("Site: https://x.fr!", "Site\(nb): https://x.fr\(nn)!"),
        ("«https://x.fr/?a»", "«\(nn)https://x.fr/?a\(nn)»"),
        ("ftp://files.example.org:21/x;y", "ftp://files.example.org:21/x;y"),
        ("voir(https://x.fr)", "voir(https://x.fr)"),
        ("x«www.x.fr(?", "x«\(nn)www.x.fr(?"),
        ("Pas une adresse @clsm : non", "Pas une adresse @clsm\(nb): non"),
        // Addresses without `//` keep their colons: the text shown must stay the address linked.
        ("Appelez tel:+33387562768 !", "Appelez tel:+33387562768\(nn)!"),
        ("sms:114 ou TEL:15", "sms:114 ou TEL:15"),
        ("urn:isbn:0451450523", "urn:isbn:0451450523"),
        ("Aperçu : localhost:5001/foo.", "Aperçu\(nb): localhost:5001/foo."),
        ("(exemple.fr:8080) :", "(exemple.fr:8080)\(nb):"),
        ("Réunion à 10:30 ; salle: B", "Réunion à 10:30\(nn); salle\(nb): B"),
        ("tel: 15", "tel\(nb): 15"),
        ("note:important", "note\(nb):important"),
        ("exemple.fr:http", "exemple.fr\(nb):http"),
        // Character references are kept whole.
        ("Tom &amp; Jerry ; AT&amp;T", "Tom &amp; Jerry\(nn); AT&amp;T"),
        ("R&D ; ok", "R&D\(nn); ok"),
        // Plain text: < and > are ordinary characters.
        ("a <b> : c", "a <b>\(nb): c"),
        // Nothing to do.
        ("", ""),
        ("Sans ponctuation", "Sans ponctuation"),
    ]

    @Test(arguments: cases)
    func text(input: String, expected: String) {
        #expect(FrenchTypography.text(input) == expected)
    }

    @Test(arguments: cases)
    func isIdempotent(input: String, expected: String) {
        let once = FrenchTypography.text(input)
        #expect(FrenchTypography.text(once) == once)
        #expect(FrenchTypography.text(expected) == expected)
    }
}
