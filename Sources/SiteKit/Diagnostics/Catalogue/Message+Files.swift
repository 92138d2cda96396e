// The catalogue: messages about reading the site's files and writing its output.
extension Message {
    static func noSiteFile() -> Message {
        Message(.noSiteFile, fr: "ce dossier n'a pas de site.yml : est-ce bien un site clsm ?",
                en: "no site.yml in this folder: is it a clsm site?")
    }

    static func fileTooLarge(megabytes: Int) -> Message {
        Message(.fileTooLarge, fr: "le fichier dépasse \(megabytes) Mo ; découpez-le",
                en: "the file is larger than \(megabytes) MB; split it")
    }

    static func nulCharacter() -> Message {
        Message(.nulCharacter, fr: "le fichier contient un caractère NUL ; supprimez-le",
                en: "the file contains a NUL character; remove it")
    }

    static func invalidUTF8() -> Message {
        Message(.invalidUTF8, fr: "le fichier n'est pas en UTF-8 à cet endroit ; enregistrez-le avec l'encodage UTF-8",
                en: "the file is not valid UTF-8 here; save it with the UTF-8 encoding")
    }

    static func linkOutsideSite(_ name: String) -> Message {
        Message(.symbolicLinkOutside, fr: "`\(name)` est un lien vers l'extérieur du site (ou vers rien) ; il n'est pas suivi",
                en: "`\(name)` is a link to outside the site (or to nothing); it is not followed")
    }

    static func frontMatterMissing() -> Message {
        Message(.frontMatterMissing,
                fr: "en-tête manquant : un fichier de contenu commence par une ligne `---`, puis `title: …`, puis une ligne `---`",
                en: "missing front matter: a content file starts with a line `---`, then `title: …`, then a line `---`")
    }

    static func frontMatterUnclosed() -> Message {
        Message(.frontMatterUnclosed,
                fr: "l'en-tête ouvert à la ligne 1 n'est jamais fermé : ajoutez une ligne `---` après sa dernière clé",
                en: "the front matter opened on line 1 is never closed: add a line `---` after its last key")
    }

    static func frontMatterTooLarge(kilobytes: Int) -> Message {
        Message(.frontMatterTooLarge, fr: "l'en-tête dépasse \(kilobytes) Ko ; gardez les longs textes dans le corps de la page",
                en: "the front matter is larger than \(kilobytes) KB; keep long text in the body")
    }

    static func frontMatterNotGroup() -> Message {
        Message(.frontMatterNotGroup, fr: "l'en-tête doit être un groupe de clés (`title: …`)",
                en: "the front matter must be a group of keys (`title: …`)")
    }

    static func yamlTooDeep(_ limit: Int) -> Message {
        Message(.yamlTooDeep, fr: "crochets imbriqués sur plus de \(limit) niveaux",
                en: "brackets nested more than \(limit) deep")
    }

    static func yamlTab() -> Message {
        Message(.yamlTab,
                fr: "une tabulation : YAML indente avec des espaces ; remplacez cette tabulation par des espaces",
                en: "a tab: YAML indents with spaces; replace this tab with spaces")
    }

    static func yamlColonInValue(_ problem: String) -> Message {
        Message(.yamlColonInValue,
                fr: "YAML mal formé : une valeur qui contient `: ` doit être mise entre guillemets (\(problem))",
                en: "malformed YAML: \(problem) (a value that contains `: ` must be put between quotes)")
    }

    static func yamlReservedStart(_ problem: String) -> Message {
        Message(.yamlReservedStart,
                fr: "YAML mal formé : une valeur qui commence par `@` ou par un accent grave doit être mise entre guillemets (\(problem))",
                en: "malformed YAML: \(problem) (a value that starts with `@` or a backquote must be put between quotes)")
    }

    static func yamlMalformed(_ problem: String?) -> Message {
        guard let problem else { return Message(.yamlMalformed, fr: "YAML mal formé", en: "malformed YAML") }
        return Message(.yamlMalformed, fr: "YAML mal formé (l'analyseur dit : « \(problem) »)", en: "malformed YAML: \(problem)")
    }

    /// `lines`: the first two lines the key is written at, when they are known.
    static func yamlDuplicateKey(_ keys: [String], lines: (Int, Int)? = nil) -> Message {
        let list = Wording.codeList(keys)
        let lineNumbers = lines.map { Wording(fr: " (lignes \($0.0) et \($0.1)) : gardez-en une", en: " (lines \($0.0) and \($0.1)): keep one") } ?? .none
        return Message(.yamlDuplicateKey, fr: "la clé \(list) est écrite deux fois dans le même groupe\(lineNumbers.french)",
                       en: "the key \(list) is written twice in the same group\(lineNumbers.english)")
    }

    static func yamlUnreadable(_ problem: String) -> Message {
        Message(.yamlUnreadable, fr: "YAML illisible : \(problem)", en: "unreadable YAML: \(problem)")
    }

    static func yamlTooLarge(_ budget: Int) -> Message {
        Message(.yamlTooLarge, fr: "le YAML se développe en plus de \(budget) valeurs (trop d'alias ?)",
                en: "the YAML expands to more than \(budget) values (too many aliases?)")
    }

    static func outputRefused(_ output: String, reason: OutputRefusal) -> Message {
        switch reason {
        case .holdsSources:
            return Message(.outputRefused, fr: "clsm refuse d'écrire le site produit dans `\(output)` : ce dossier contient les sources du site",
                           en: "refusing to write the output into `\(output)`: it contains the site's sources")
        case .insideSources(let folder):
            return Message(.outputRefused, fr: "clsm refuse d'écrire le site produit dans `\(output)` : il est dans le dossier \(folder)/ du site",
                           en: "refusing to write the output into `\(output)`: it is inside the site's \(folder)/ folder")
        case .notFolder:
            return Message(.outputRefused, fr: "clsm refuse de remplacer `\(output)` : ce n'est pas un dossier",
                           en: "refusing to replace `\(output)`: it is not a folder")
        case .notMadeByClsm(let marker):
            return Message(.outputRefused,
                           fr: "clsm refuse de remplacer `\(output)` : il n'a pas été produit par clsm (il n'a pas de fichier \(marker)) ; "
                               + "supprimez-le ou choisissez un autre --output",
                           en: "refusing to replace `\(output)`: it was not made by clsm (it has no \(marker) file); remove it or choose another --output")
        }
    }

    static func cannotCreateFolder(_ folder: String) -> Message {
        Message(.cannotCreateFolder, fr: "impossible de créer le dossier `\(folder)`", en: "cannot create the folder `\(folder)`")
    }

    static func cannotWriteOutput(_ path: String) -> Message {
        Message(.cannotWriteOutput, fr: "impossible d'écrire `\(path)` dans le site produit", en: "cannot write `\(path)` in the output")
    }

    static func cannotMoveOldOutput() -> Message {
        Message(.cannotMoveOldOutput, fr: "impossible de mettre de côté le site produit précédent", en: "cannot move the previous output aside")
    }

    static func cannotMoveNewOutput() -> Message {
        Message(.cannotMoveNewOutput, fr: "impossible de mettre en place le nouveau site produit", en: "cannot move the new output in place")
    }

    static func nameCollision(_ first: String, _ second: String, at url: String, likeness: NameLikeness?) -> Message {
        collision(.nameCollision, first, second, at: url, likeness: likeness,
                  advice: Wording(fr: "renommez ou supprimez l'un d'eux", en: "rename or remove one"))
    }

    static func pagesCollide(_ first: String, _ second: String, url: String, likeness: NameLikeness?) -> Message {
        collision(.pagesCollide, "`\(first)`", "`\(second)`", at: "/" + url, likeness: likeness,
                  advice: Wording(fr: "renommez l'un d'eux ou donnez-lui un `slug`", en: "rename one or set its `slug`"))
    }

    private static func collision(_ code: MessageCode, _ first: String, _ second: String, at url: String, likeness: NameLikeness?, advice: Wording) -> Message {
        let why: Wording
        switch likeness {
        case .unicodeForms:
            why = Wording(fr: " (le même nom écrit sous deux formes Unicode, avec des accents composés et décomposés)",
                          en: " (the same name written in two Unicode forms, with composed and with decomposed accents)")
        case .caseOnly:
            why = Wording(fr: " (des noms qui ne diffèrent que par les majuscules sont un seul fichier sous macOS et Windows)",
                          en: " (names that differ only by case are one file on macOS and Windows)")
        case nil:
            why = .none
        }
        return Message(code,
                       fr: "\(first) et \(second) seraient tous deux publiés à l'adresse \(url)\(why.french) ; \(advice.french)",
                       en: "\(first) and \(second) would both be published at \(url)\(why.english); \(advice.english)")
    }

    static func fileWhereFolderNeeded(_ file: String, url: String, claim: String) -> Message {
        Message(.fileWhereFolderNeeded, fr: "\(file) serait publié comme le fichier \(url), là où \(claim) a besoin d'un dossier ; renommez l'un d'eux",
                en: "\(file) would be published as the file \(url), where \(claim) needs a folder; rename one")
    }

    static func emptySlug(_ name: String) -> Message {
        Message(.emptySlug, fr: "`\(name)` donne un segment d'adresse vide : renommez-le avec des lettres ou des chiffres, ou donnez-lui un `slug`",
                en: "`\(name)` gives an empty URL segment: rename it with letters or digits, or set `slug`")
    }

}
