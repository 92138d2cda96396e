import FrenchText

// The catalogue: messages about the keys and values of a front matter or of site.yml.
extension Message {
    static func misspeltRequiredKey(_ written: String, _ key: String) -> Message {
        Message(.misspeltRequiredKey, fr: "clé `\(written)` mal écrite : écrivez `\(key)`, une clé obligatoire qui manque",
                en: "misspelt key `\(written)`: write `\(key)`, a required key that is missing")
    }

    static func communeNotInTerritory(_ commune: String, nearest: String) -> Message {
        Message(.communeNotInTerritory,
                fr: "la commune `\(commune)` n'est pas une commune du territoire (`territory.communes` de site.yml) ; vouliez-vous dire `\(nearest)` ?",
                en: "the commune `\(commune)` is not one of the territory's (`territory.communes` in site.yml); did you mean `\(nearest)`?")
    }

    static func keyHasNoValue(_ key: String) -> Message {
        Message(.keyHasNoValue, fr: "la clé `\(key)` n'a pas de valeur", en: "`\(key)` has no value")
    }

    static func missingKey(_ key: String) -> Message {
        Message(.missingKey, fr: "il manque la clé obligatoire `\(key)`", en: "missing required key `\(key)`")
    }

    static func missingKey(_ key: String, holding what: Wording) -> Message {
        Message(.missingKey, fr: "il manque la clé obligatoire `\(key)` (\(what.french))", en: "missing required key `\(key)` (\(what.english))")
    }

    static func notSingleValue(_ key: String, is kind: Wording) -> Message {
        Message(.notSingleValue, fr: "la clé `\(key)` doit avoir une seule valeur, pas \(kind.french)",
                en: "`\(key)` must be a single value, not \(kind.english)")
    }

    static func emptyValue(_ key: String) -> Message {
        Message(.emptyValue, fr: "la clé `\(key)` ne doit pas être vide", en: "`\(key)` must not be empty")
    }

    static func itemNotSingleValue(_ key: String, is kind: Wording) -> Message {
        Message(.itemNotSingleValue, fr: "chaque élément de `\(key)` doit être une seule valeur, pas \(kind.french)",
                en: "each item of `\(key)` must be a single value, not \(kind.english)")
    }

    static func notList(_ key: String, is kind: Wording) -> Message {
        Message(.notList, fr: "la clé `\(key)` doit être une liste, pas \(kind.french)", en: "`\(key)` must be a list, not \(kind.english)")
    }

    static func notBoolean(_ key: String, _ value: String) -> Message {
        Message(.notBoolean, fr: "la clé `\(key)` vaut `true` (oui) ou `false` (non), pas `\(value)`",
                en: "`\(key)` must be `true` or `false`, not `\(value)`")
    }

    static func notWholeNumber(_ key: String, _ value: String) -> Message {
        Message(.notWholeNumber, fr: "la clé `\(key)` doit être un nombre entier, pas `\(value)`",
                en: "`\(key)` must be a whole number, not `\(value)`")
    }

    /// `impossible`: what is wrong with a value written like a date, whose day does not exist; `written`: the value,
    /// written day first, as it should be written.
    static func notDate(_ key: String, _ value: String, impossible: ImpossibleDate? = nil, written: String? = nil) -> Message {
        let why: Wording
        switch impossible {
        case .noSuchMonth(let month)?:
            why = Wording(fr: " : il n'y a pas de mois \(month) ; l'ordre est année-mois-jour", en: ": there is no month \(month); the order is year-month-day")
        case .dayOutsideMonth(let month, let year, let days)?:
            why = Wording(fr: " : le mois \(month) de \(year) a \(days) jours", en: ": month \(month) of \(year) has \(days) days")
        case nil:
            why = written.map { Wording(fr: " ; écrivez `\($0)`", en: "; write `\($0)`") } ?? .none
        }
        return Message(.notDate, fr: "la clé `\(key)` doit être une date écrite `2025-10-09` ou `2025-10-09 18:30`, pas `\(value)`\(why.french)",
                       en: "`\(key)` must be a date written `2025-10-09` or `2025-10-09 18:30`, not `\(value)`\(why.english)")
    }

    static func dayWithTime(_ key: String) -> Message {
        Message(.dayWithTime, fr: "la clé `\(key)` est un jour (`2025-05-12`), sans heure",
                en: "`\(key)` must be a day (`2025-05-12`), without a time")
    }

    static func notAmong(_ key: String, _ value: String, allowed: [String]) -> Message {
        let list = Wording.codeList(allowed)
        let hint = Wording.didYouMean(value, among: allowed)
        return Message(.notAmong, fr: "la clé `\(key)` vaut l'une des valeurs \(list), pas `\(value)`\(hint.french)",
                       en: "`\(key)` must be one of \(list), not `\(value)`\(hint.english)")
    }

    static func notGroup(_ key: String, is kind: Wording) -> Message {
        Message(.notGroup, fr: "la clé `\(key)` doit être un groupe de clés, pas \(kind.french)",
                en: "`\(key)` must be a group of keys, not \(kind.english)")
    }

    static func unknownKey(_ key: String, in place: Wording, known: [String]) -> Message {
        let hint = Wording.didYouMean(key, among: known)
        return Message(.unknownKey, fr: "clé inconnue `\(key)` \(place.french)\(hint.french)",
                       en: "unknown key `\(key)` in \(place.english)\(hint.english)")
    }

    static func notWebAddress(_ key: String, _ value: String, suggestion: String?) -> Message {
        let hint = suggestion.map { Wording(fr: " ; écrivez `\($0)`", en: "; write `\($0)`") } ?? .none
        return Message(.notWebAddress,
                       fr: "la clé `\(key)` doit être une adresse qui commence par `https://` (`https://www.ville.fr/`), pas `\(value)`\(hint.french)",
                       en: "`\(key)` must be an address starting with `https://` (`https://www.ville.fr/`), not `\(value)`\(hint.english)")
    }

    static func notEmail(_ key: String, _ value: String) -> Message {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let hint = parts.count == 1 ? Wording(fr: " : il y manque le `@`", en: ": it lacks the `@`")
            : parts.count == 2 && !parts[1].isEmpty && !parts[1].contains(".")
            ? Wording(fr: " : après le `@`, le nom de domaine finit par `.fr`, `.org`…", en: ": after the `@`, the domain name ends with `.fr`, `.org`…")
            : .none
        return Message(.notEmail, fr: "la clé `\(key)` doit être une adresse électronique comme `contact@ville.fr`, pas `\(value)`\(hint.french)",
                       en: "`\(key)` must be an e-mail address such as `contact@ville.fr`, not `\(value)`\(hint.english)")
    }

    /// `digits`: how many a national number written with another count than ten has.
    static func notPhone(_ key: String, _ value: String, digits: Int? = nil) -> Message {
        let count = digits.map { Wording(fr: " : il a \($0) chiffres, un numéro français en a 10", en: ": it has \($0) digits, a French number has 10") } ?? .none
        return Message(.notPhone, fr: "la clé `\(key)` doit être un numéro de téléphone français comme `03 87 56 27 68` ou `3114`, pas `\(value)`\(count.french)",
                       en: "`\(key)` must be a French phone number such as `03 87 56 27 68` or `3114`, not `\(value)`\(count.english)")
    }

    static func overseasPhone(_ key: String, _ value: String, prefix: String, code: String, national: String, display: String) -> Message {
        Message(.overseasPhone,
                fr: "`\(key)` : `\(value)` est écrit avec l'indicatif de la France, +33, mais les numéros \(prefix) sont ceux d'un "
                    + "département d'outre-mer, appelé avec le +\(code) : écrivez `+\(code) \(national)` ou `\(display)` ; "
                    + "le lien garde le +33 tel qu'il est écrit",
                en: "`\(key)`: `\(value)` is written with France's code +33, but \(prefix) numbers belong to "
                    + "an overseas department dialled with +\(code): write `+\(code) \(national)` or "
                    + "`\(display)`; the link keeps +33 as written")
    }

    static func notGroupList(_ key: String, items: String, is kind: Wording) -> Message {
        Message(.notGroupList, fr: "la clé `\(key)` doit être une liste de groupes de clés (\(items)), pas \(kind.french)",
                en: "`\(key)` must be a list of groups of keys (\(items)), not \(kind.english)")
    }

    static func itemNotGroup(_ key: String, items: String, is kind: Wording) -> Message {
        Message(.itemNotGroup, fr: "chaque élément de `\(key)` doit être un groupe de clés (\(items)), pas \(kind.french)",
                en: "each item of `\(key)` must be a group of keys (\(items)), not \(kind.english)")
    }

    static func notStaticFile(_ key: String, _ value: String) -> Message {
        Message(.notStaticFile,
                fr: "la clé `\(key)` doit être le chemin d'un fichier de static/ (`images/logo.svg`), pas `\(value)`",
                en: "`\(key)` must be the path of a file of static/ (`images/logo.svg`), not `\(value)`")
    }

    static func badSlug(_ value: String) -> Message {
        Message(.badSlug, fr: "`slug` s'écrit en minuscules, chiffres et tirets (`reunion-pleniere`), pas `\(value)`",
                en: "`slug` must be lower-case letters, digits and hyphens (`reunion-pleniere`), not `\(value)`")
    }

    static func placeholderLeft(_ key: String?, _ text: String) -> Message {
        guard let key else {
            return Message(.placeholderLeft, fr: "le texte « \(text) » écrit par `clsm new` est encore là : remplacez-le par le vrai texte",
                           en: "the text « \(text) » written by `clsm new` is still here: replace it with the real text")
        }
        return Message(.placeholderLeft, fr: "la clé `\(key)` vaut encore « \(text) », écrit par `clsm new` : remplacez-le par la vraie valeur",
                       en: "`\(key)` is still « \(text) », written by `clsm new`: replace it with the real value")
    }
}

extension Wording {
    /// Where an unknown key stands: `in site.yml` / `dans site.yml`.
    static func inFile(_ name: String) -> Wording {
        Wording(fr: "dans \(name)", en: name)
    }

    /// In a group of keys named `name`: `dans le groupe `legal`` / `in legal`.
    static func inGroup(_ name: String) -> Wording {
        Wording(fr: "dans le groupe `\(name)`", en: name)
    }

    /// In the front matter of a page of `kind`: `dans l'en-tête d'un événement` / `an event front matter`.
    static func frontMatter(of kind: ContentKind) -> Wording {
        switch kind {
        case .page: Wording(fr: "dans l'en-tête d'une page", en: "a page front matter")
        case .action: Wording(fr: "dans l'en-tête d'une action", en: "an action front matter")
        case .news: Wording(fr: "dans l'en-tête d'une actualité", en: "a news front matter")
        case .resource: Wording(fr: "dans l'en-tête d'une fiche du guide", en: "a resource front matter")
        case .event: Wording(fr: "dans l'en-tête d'un événement", en: "an event front matter")
        }
    }

    /// In one item of a list: `dans un partenaire` / `in a partner`.
    static func inItem(fr: String, en: String) -> Wording {
        Wording(fr: "dans " + fr, en: en)
    }
}
