// The catalogue: messages about links, images and aliases.
extension Message {
    /// `le lien` or `l'image`: what an editor wrote, a link `[…](…)` or an image `![…](…)`.
    private static func what(_ isImage: Bool, _ destination: String) -> Wording {
        isImage ? Wording(fr: "l'image `\(destination)`", en: "the image `\(destination)`")
            : Wording(fr: "le lien `\(destination)`", en: "the link `\(destination)`")
    }

    static func linkAboveContent(_ destination: String, isImage: Bool) -> Message {
        let what = what(isImage, destination)
        return Message(.linkAboveContent, fr: "\(what.french) remonte au-dessus du dossier content/ du site",
                       en: "\(what.english) climbs above the site's content folder")
    }

    static func linkToUnpublished(_ destination: String, target: String, reason: UnpublishedReason, isImage: Bool) -> Message {
        let what = what(isImage, destination)
        let why: Wording
        switch reason {
        case .invalid: why = Wording(fr: "a des erreurs", en: "has errors")
        case .draft: why = Wording(fr: "est un brouillon (`draft: true`)", en: "is a draft (`draft: true`)")
        case .future(let date): why = Wording(fr: "est daté dans le futur (\(date.written))", en: "is dated in the future (\(date.written))")
        }
        return Message(.linkToUnpublished, fr: "\(what.french) mène à `content/\(target)`, qui \(why.french) et n'est pas publié",
                       en: "\(what.english) points to `content/\(target)`, which \(why.english) and is not published")
    }

    static func linkToMissingFile(_ destination: String, target: String, suggestion: String? = nil, isImage: Bool) -> Message {
        let what = what(isImage, destination)
        let hint = Wording.didYouMean(suggestion)
        return Message(.linkToMissingFile, fr: "\(what.french) mène à `content/\(target)`, qui n'existe pas\(hint.french)",
                       en: "\(what.english) points to `content/\(target)`, which does not exist\(hint.english)")
    }

    static func linkToNothing(_ destination: String) -> Message {
        Message(.linkToNothing, fr: "le lien `\(destination)` ne mène à aucune page ni à aucun fichier du site",
                en: "the link `\(destination)` leads to no page and no file of the site")
    }

    static func imageWithoutAlternative(_ destination: String) -> Message {
        Message(.imageWithoutAlternative,
                fr: "l'image `\(destination)` n'a pas de texte alternatif : décrivez ce qu'elle montre entre les crochets, "
                    + "`![Affiche de la semaine](\(destination))`, ou, si elle ne fait que décorer, écrivez "
                    + "`![](\(destination) \"décorative\")`",
                en: "the image `\(destination)` has no text alternative: describe what it shows between the brackets, "
                    + "`![Poster of the week](\(destination))`, or, if it is only decoration, write "
                    + "`![](\(destination) \"décorative\")`")
    }

    static func imageMissing(_ destination: String, lookedFor: String) -> Message {
        Message(.imageMissing,
                fr: "l'image `\(destination)` n'existe pas : clsm l'a cherchée dans `\(lookedFor)` ; les images se rangent dans le dossier "
                    + "static/ du site (`static/images/affiche.jpg` s'écrit `![…](/images/affiche.jpg)`)",
                en: "the image `\(destination)` does not exist: clsm looked for `\(lookedFor)`; images go in the site's static/ folder "
                    + "(`static/images/affiche.jpg` is written `![…](/images/affiche.jpg)`)")
    }

    static func linkOutsideBase(_ link: String, basePath: String) -> Message {
        Message(.linkOutsideBase,
                fr: "le lien `\(link)` sort du site, dont toutes les adresses commencent par \(basePath) ; écrivez les chemins du site à partir de `{{site.root}}`",
                en: "the link `\(link)` leads outside the site, whose addresses all start with \(basePath); write site paths from `{{site.root}}`")
    }

    static func anchorMissingHere(_ link: String, suggestion: String?) -> Message {
        let hint = Wording.didYouMean(suggestion.map { "#" + $0 })
        return Message(.anchorMissingHere, fr: "le lien `\(link)` ne mène à aucune ancre de cette page\(hint.french)",
                       en: "the link `\(link)` leads to no anchor of this page\(hint.english)")
    }

    static func anchorMissing(_ link: String, fragment: String, page: String, suggestion: String?) -> Message {
        let hint = Wording.didYouMean(suggestion.map { "#" + $0 })
        return Message(.anchorMissing, fr: "le lien `\(link)` mène à l'ancre `#\(fragment)`, que la page \(page) n'a pas\(hint.french)",
                       en: "the link `\(link)` points to the anchor `#\(fragment)`, which the page \(page) does not have\(hint.english)")
    }

    /// Where a link no Markdown wrote stands: ` (sur /a/ et 3 autres pages)`.
    static func onPages(_ page: String, others: Int) -> Wording {
        guard others > 0 else { return Wording(fr: " (sur \(page))", en: " (on \(page))") }
        return Wording(fr: " (sur \(page) et \(others) autre\(others == 1 ? "" : "s") page\(others == 1 ? "" : "s"))",
                       en: " (on \(page) and \(others) other page\(others == 1 ? "" : "s"))")
    }


    static func aliasNotPath(_ alias: String) -> Message {
        Message(.aliasNotPath, fr: "l'alias `\(alias)` n'est pas un chemin de ce site (écrivez-le comme `/ancienne-page/`)",
                en: "the alias `\(alias)` is not a path of this site (write it like `/ancienne-page/`)")
    }

    static func aliasTaken(_ alias: String) -> Message {
        Message(.aliasTaken, fr: "l'alias `\(alias)` est déjà l'adresse d'une autre page ou d'un autre alias",
                en: "the alias `\(alias)` is already the address of another page or alias")
    }
}
