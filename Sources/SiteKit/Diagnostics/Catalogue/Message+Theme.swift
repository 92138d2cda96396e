import Templates

// The catalogue: messages about the theme, its templates, layouts and strings.
extension Message {
    static func unknownTheme(_ name: String) -> Message {
        Message(.unknownTheme, fr: "thème inconnu `\(name)` : il n'y a pas de dossier themes/\(name) dans le site ni au-dessus",
                en: "unknown theme `\(name)`: there is no folder themes/\(name) in the site or above it")
    }

    static func templateMissing(_ name: String) -> Message {
        Message(.templateMissing, fr: "le gabarit `\(name)` n'existe ni dans le thème ni dans le dossier layouts/ du site",
                en: "the template `\(name)` does not exist in the theme or the site's layouts/")
    }

    static func stringsFileMissing(_ tag: String, file: String) -> Message {
        Message(.stringsFileMissing, fr: "`\(tag)` lit les textes du thème, et le thème n'en a pas dans la langue du site : \(file) est absent",
                en: "`\(tag)` reads the theme's strings, and the theme has none in the site's language: \(file) is missing")
    }

    static func stringMissing(_ tag: String, key: String, file: String) -> Message {
        Message(.stringMissing, fr: "`\(tag)` n'est pas parmi les textes du thème : ajoutez `\(key)` à \(file)",
                en: "`\(tag)` is not among the theme's strings: add `\(key)` to \(file)")
    }

    static func unknownTemplateValue(_ tag: String, name: String, among names: [String]) -> Message {
        let hint = Wording.didYouMean(name, among: names)
        return Message(.unknownTemplateValue,
                       fr: "`\(tag)` lit `\(name)`, et aucune valeur de gabarit ne porte ce nom : le gabarit n'afficherait rien à cet endroit\(hint.french)",
                       en: "`\(tag)` reads `\(name)`, and no template value has that name: the template would show nothing there\(hint.english)")
    }

    static func templateSyntax(_ error: TemplateSyntaxError) -> Message {
        let problem: Wording
        switch error {
        case .sectionCloseNameIncorrect:
            problem = Wording(fr: "cette balise fermante ne correspond pas à la section ouverte avant elle",
                              en: "this closing tag does not match the section opened before it")
        case .unfinishedName:
            problem = Wording(fr: "balise inachevée : un `{{` n'est pas fermé par `}}`", en: "unfinished tag: a `{{` is not closed by `}}`")
        case .expectedSectionEnd:
            problem = Wording(fr: "une section n'est jamais fermée : il manque un `{{/nom}}`", en: "a section is never closed: a `{{/name}}` is missing")
        case .invalidSetDelimiter:
            problem = Wording(fr: "changement de délimiteurs mal formé", en: "malformed delimiter change")
        case .transformAppliedToInheritanceSection:
            problem = Wording(fr: "une transformation ne peut pas s'appliquer à une section héritée", en: "a transform cannot apply to an inherited section")
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            problem = Wording(fr: "seuls des blocs (`{{$nom}}`) peuvent se trouver dans `{{<parent}}`",
                              en: "only blocks (`{{$name}}`) may stand inside `{{<parent}}`")
        case .invalidConfigVariableSyntax:
            problem = Wording(fr: "balise `{{% … }}` mal formée", en: "malformed `{{% … }}` tag")
        case .unrecognisedConfigVariable:
            problem = Wording(fr: "réglage `{{% … }}` inconnu", en: "unknown `{{% … }}` setting")
        }
        return Message(.templateSyntax, fr: "syntaxe du gabarit : \(problem.french)", en: "template syntax: \(problem.english)")
    }

    static func themeStringNotText() -> Message {
        Message(.themeStringNotText, fr: "chaque texte du thème doit être un seul texte", en: "each string must be a single text")
    }

    static func unknownLayout(_ name: String, theme: String, among names: [String]) -> Message {
        let hint = Wording.didYouMean(name, among: names)
        return Message(.unknownLayout,
                       fr: "mise en page inconnue `\(name)` : ni le thème `\(theme)` ni le dossier layouts/ du site n'ont de \(name).mustache\(hint.french)",
                       en: "unknown layout `\(name)`: the theme `\(theme)` and the site's layouts/ have no \(name).mustache\(hint.english)")
    }

    static func noLayoutForPage(theme: String, candidates: [String]) -> Message {
        let files = candidates.map { "\($0).mustache" }.joined(separator: ", ")
        return Message(.noLayoutForPage, fr: "le thème `\(theme)` n'a pas de mise en page pour cette page (clsm a cherché \(files))",
                       en: "the theme `\(theme)` has no layout for this page (looked for \(files))")
    }

    static func noItemTemplate(theme: String, template: String) -> Message {
        Message(.noItemTemplate, fr: "le thème `\(theme)` n'a pas de gabarit `\(template)`, que les listes affichent pour chacun de leurs éléments",
                en: "the theme `\(theme)` has no template `\(template)`, which lists show for each of their items")
    }

    static func noLayoutForGeneratedPage(theme: String, layout: String, url: String) -> Message {
        Message(.noLayoutForGeneratedPage, fr: "le thème `\(theme)` n'a pas de mise en page `\(layout)` pour la page \(url)",
                en: "the theme `\(theme)` has no layout `\(layout)` for the page \(url)")
    }

    static func headingIDTaken(_ heading: String, taken: String, given: String) -> Message {
        Message(.headingIDTaken,
                fr: "le titre « \(heading) » prendrait l'identifiant `\(taken)`, que la mise en page donne à l'un de ses éléments "
                    + "(un lien vers `#\(taken)` mène là) : il reçoit l'identifiant `\(given)`",
                en: "the heading « \(heading) » would take the id `\(taken)`, which the page's layout gives to one "
                    + "of its elements (a link to `#\(taken)` leads there): it gets the id `\(given)`")
    }
}
