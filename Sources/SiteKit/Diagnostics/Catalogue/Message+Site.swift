// The catalogue: messages about site.yml, the menu, the territory and the site's institutional pages.
extension Message {
    static func siteNotGroup() -> Message {
        Message(.siteNotGroup, fr: "site.yml doit être un groupe de clés (`title: …`, `base_url: …`)",
                en: "site.yml must be a group of keys (`title: …`, `base_url: …`)")
    }

    static func baseURLOption(_ value: String) -> Message {
        Message(.baseURLOption, fr: "--base-url doit être une adresse http(s) complète, pas `\(value)`",
                en: "--base-url must be an absolute http(s) URL, not `\(value)`")
    }

    static func badBaseURL(_ value: String) -> Message {
        Message(.badBaseURL, fr: "`base_url` doit être une adresse http(s) complète comme `https://example.org/clsm/`, pas `\(value)`",
                en: "`base_url` must be an absolute http(s) URL such as `https://example.org/clsm/`, not `\(value)`")
    }

    static func unknownTimeZone(_ name: String) -> Message {
        Message(.unknownTimeZone, fr: "fuseau horaire inconnu `\(name)` ; écrivez un nom comme `Europe/Paris`",
                en: "unknown time zone `\(name)`; write a name such as `Europe/Paris`")
    }

    static func missingContact() -> Message {
        missingKey("contact", holding: Wording(fr: "`name`, `address`, `phone`, `email` de la coordination",
                                               en: "`name`, `address`, `phone`, `email` of the coordination"))
    }

    static func missingHost() -> Message {
        missingKey("host", holding: Wording(fr: "`name`, `address`, `phone` de l'entreprise qui héberge le site",
                                            en: "`name`, `address`, `phone` of the company that hosts the site"))
    }

    static func menuNotList() -> Message {
        Message(.menuNotList, fr: "`menu` doit être une liste de `{title, page}` ou de `{title, url}`",
                en: "`menu` must be a list of `{title, page}` or `{title, url}`")
    }

    static func menuEntryIncomplete() -> Message {
        Message(.menuEntryIncomplete, fr: "chaque entrée du menu doit avoir `title`, et `page` ou `url`",
                en: "each menu entry must have `title` and `page` or `url`")
    }

    static func menuEntryWithoutTarget(_ title: String) -> Message {
        Message(.menuEntryWithoutTarget, fr: "l'entrée du menu `\(title)` a besoin de `page` (un fichier de contenu) ou de `url`",
                en: "the menu entry `\(title)` needs `page` (a content file) or `url`")
    }

    static func menuKeyInPage(_ title: String) -> Message {
        Message(.menuKeyInPage,
                fr: "`menu` n'a pas d'effet ici : c'est site.yml qui liste les entrées du menu ; ajoutez-y `\(title)`, ou supprimez cette clé",
                en: "`menu` has no effect here: site.yml lists the menu's entries; add `\(title)` there, or remove this key")
    }

    static func menuEntryBroken(_ title: String, _ problem: Message) -> Message {
        Message(.menuEntryBroken, fr: "entrée du menu `\(title)` : \(problem.french)", en: "menu entry `\(title)`: \(problem.english)")
    }

    static func unknownParam(_ key: String, suggestion: String) -> Message {
        Message(.unknownParam, fr: "clé inconnue `\(key)` dans `params` ; vouliez-vous dire `\(suggestion)` ?",
                en: "unknown key `\(key)` in params; did you mean `\(suggestion)`?")
    }

    static func notColour(_ key: String, written: Wording) -> Message {
        Message(.notColour, fr: "la clé `\(key)` doit être une couleur écrite `#rrggbb` ou `#rgb` (`#1f4e79`), pas \(written.french)",
                en: "`\(key)` must be a colour written `#rrggbb` or `#rgb` (`#1f4e79`), not \(written.english)")
    }

    static func lowContrast(_ key: String, colour: String, ratio: String, background: String?) -> Message {
        let ground = background.map { Wording(fr: "le fond \($0)", en: "the background \($0)") }
            ?? Wording(fr: "un texte blanc", en: "white text")
        return Message(.lowContrast,
                       fr: "`\(key)` \(colour) a un contraste de \(ratio):1 avec \(ground.french) ; un texte demande au moins 4,5:1 (RGAA 3.2)",
                       en: "`\(key)` \(colour) has a contrast of \(ratio):1 with \(ground.english); text needs at least 4.5:1 (RGAA 3.2)")
    }

    static func communesNotList(is kind: Wording) -> Message {
        notList("communes", is: kind)
    }

    static func communeNotNameOrGroup(is kind: Wording) -> Message {
        Message(.communeNotNameOrGroup, fr: "chaque commune doit être un nom ou `{name, insee}`, pas \(kind.french)",
                en: "each commune must be a name or `{name, insee}`, not \(kind.english)")
    }

    static func badINSEE(_ value: String) -> Message {
        Message(.badINSEE, fr: "`insee` doit être le code INSEE d'une commune, en cinq caractères, comme `57463` ou `2A004`, pas `\(value)`",
                en: "`insee` must be a commune's five-character INSEE code such as `57463` or `2A004`, not `\(value)`")
    }


    static func emergencyFileShape() -> Message {
        Message(.emergencyFileShape, fr: "les numéros d'urgence du thème s'écrivent `emergency: [{number, label, description}]`",
                en: "the theme's emergency numbers must be written `emergency: [{number, label, description}]`")
    }

    static func logoNotStatic(_ value: String) -> Message {
        Message(.logoNotStatic, fr: "`logo` nomme `\(value)`, qui n'est pas un fichier de static/",
                en: "`logo` names `\(value)`, which is not a file of static/")
    }

    static func logoAltWithoutLogo() -> Message {
        Message(.logoAltWithoutLogo, fr: "`logo_alt` décrit un logo, mais ce partenaire n'a pas de `logo`",
                en: "`logo_alt` describes a logo, but this partner has no `logo`")
    }

    static func accessibilityPlanMissing() -> Message {
        Message(.accessibilityPlanMissing,
                fr: "un site qui n'est pas totalement conforme publie son schéma pluriannuel de mise en accessibilité : "
                    + "ajoutez `plan:` (`responsible`, `years` avec leurs `actions`) au groupe `accessibility`",
                en: "a site that is not fully compliant publishes its multi-year accessibility plan: add `plan:` "
                    + "(`responsible`, `years` with their `actions`) to `accessibility`")
    }

    static func accessibilityPlanYearsNotList() -> Message {
        Message(.accessibilityPlanYearsNotList, fr: "`years` doit être une liste de `{year, actions}`",
                en: "`years` must be a list of `{year, actions}`")
    }

    static func accessibilityPlanYearTwice(_ year: Int, firstLine: Int) -> Message {
        Message(.accessibilityPlanYearTwice, fr: "l'année \(year) est listée deux fois dans le schéma (la première à la ligne \(firstLine))",
                en: "the year \(year) is listed twice in the plan (first at line \(firstLine))")
    }

    static func accessibilityPlanYearNotGroup() -> Message {
        Message(.accessibilityPlanYearNotGroup, fr: "chaque année du schéma doit être un groupe de clés (`year`, `actions`)",
                en: "each year of the plan must be a group of keys (`year`, `actions`)")
    }

    static func accessibilityPlanYearWithoutActions(_ year: Int) -> Message {
        Message(.accessibilityPlanYearWithoutActions,
                fr: "l'année \(year) du schéma ne liste aucune action (`actions`) : écrivez ce qui sera fait cette année-là",
                en: "the year \(year) of the plan lists no `actions`: write what will be done that year")
    }

    static func complianceWithoutAudit(_ status: String) -> Message {
        Message(.complianceWithoutAudit,
                fr: "`status: \(status)` déclare une conformité : donnez la date `audit_date` de l'audit RGAA dont elle vient",
                en: "`status: \(status)` claims compliance: give the `audit_date` of the RGAA audit it comes from")
    }

    static func rateContradictsStatus(_ rate: String, expected: String, status: String) -> Message {
        Message(.rateContradictsStatus, fr: "un taux de \(rate) % donne `status: \(expected)` selon le RGAA, pas `\(status)`",
                en: "a rate of \(rate)% gives `status: \(expected)` under the RGAA, not `\(status)`")
    }

    static func badRate(_ value: String) -> Message {
        Message(.badRate, fr: "`rate` est le pourcentage de critères RGAA respectés, de 0 à 100 (`72` ou `72.5`), pas `\(value)`",
                en: "`rate` must be the percentage of RGAA criteria met, from 0 to 100 (`72` or `72.5`), not `\(value)`")
    }

    static func sinceInFuture() -> Message {
        Message(.sinceInFuture, fr: "`since` est après la date de construction du site : l'action est-elle `status: planned` ?",
                en: "`since` is after the build's date: is the action `status: planned`?")
    }

    static func badSince(_ value: String) -> Message {
        Message(.badSince, fr: "`since` doit être une année (`2017`) ou un jour (`2017-11-09`), pas `\(value)`",
                en: "`since` must be a year (`2017`) or a day (`2017-11-09`), not `\(value)`")
    }
}

extension YAMLNode {
    /// What the value is, for messages: « une liste » / « a list ».
    public var kindDescription: Wording {
        switch value {
        case .scalar: Wording(fr: "une valeur unique", en: "a single value")
        case .sequence: Wording(fr: "une liste", en: "a list")
        case .mapping: Wording(fr: "un groupe de clés", en: "a group of keys")
        }
    }
}
