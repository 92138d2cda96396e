// The catalogue: messages of `clsm import`, about a spreadsheet of guide entries.
extension Message {
    static func cannotReadFile() -> Message {
        Message(.cannotReadFile, fr: "impossible de lire ce fichier", en: "cannot read this file")
    }

    static func importCannotCreateFolder(_ folder: String) -> Message {
        Message(.importCannotCreateFolder, fr: "impossible de créer le dossier \(folder)", en: "cannot create the folder \(folder)")
    }

    static func importCannotWrite(_ file: String) -> Message {
        Message(.importCannotWrite, fr: "impossible d'écrire \(file)", en: "cannot write \(file)")
    }

    static func notEntryKey(_ key: String, keys: [String]) -> Message {
        let hint = Wording.didYouMean(key, among: keys)
        let list = Wording.codeList(keys)
        return Message(.notEntryKey, fr: "`\(key)` n'est pas une clé d'une fiche du guide\(hint.french) (les clés sont \(list))",
                       en: "`\(key)` is not a key of a guide entry\(hint.english) (the keys are \(list))")
    }

    static func unknownColumn(_ heading: String, known: [String]) -> Message {
        let hint = Wording.didYouMean(heading, among: known)
        let list = known.map { "« \($0) »" }.joined(separator: ", ")
        return Message(.unknownColumn,
                       fr: "colonne inconnue « \(heading) »\(hint.french) : ses cellules ne sont pas importées (les colonnes sont \(list) ; un fichier de correspondance en nomme d'autres)",
                       en: "unknown column « \(heading) »\(hint.english): its cells are not imported (the columns are \(list); a mapping file names others)")
    }

    static func columnTwice(_ heading: String, key: String, column: Int, other: String) -> Message {
        Message(.columnTwice, fr: "« \(heading) » remplit `\(key)`, comme la colonne \(column) « \(other) » : gardez l'une des deux",
                en: "« \(heading) » fills `\(key)`, as column \(column) « \(other) » does: keep one of them")
    }

    static func columnMissing(_ heading: String, key: String) -> Message {
        Message(.columnMissing, fr: "pas de colonne « \(heading) » : chaque fiche a besoin de sa clé `\(key)`",
                en: "no column « \(heading) »: every entry needs its `\(key)`")
    }

    static func cannotReadMapping() -> Message {
        Message(.cannotReadMapping, fr: "impossible de lire le fichier de correspondance", en: "cannot read the mapping file")
    }

    static func mappingNotGroup(is kind: Wording) -> Message {
        Message(.mappingNotGroup, fr: "un fichier de correspondance est un groupe de lignes `Colonne: clé` (`Ville: commune`), pas \(kind.french)",
                en: "a mapping file is a group of `Heading: key` lines (`Ville: commune`), not \(kind.english)")
    }

    static func mappingNotOneKey(_ heading: String, given: Wording) -> Message {
        Message(.mappingNotOneKey, fr: "« \(heading) » doit nommer une seule clé (`commune`), pas \(given.french)",
                en: "« \(heading) » must name one key (`commune`), not \(given.english)")
    }

    static func importNoSite() -> Message {
        Message(.importNoSite, fr: "pas de site.yml dans le dossier du site : indiquez le site avec --site DOSSIER",
                en: "no site.yml in the site folder: give the site with --site DIR")
    }

    static func importThemeMissing(_ theme: String) -> Message {
        Message(.importThemeMissing,
                fr: "le thème `\(theme)` n'est dans aucun dossier themes/ du site ni au-dessus : les catégories ne peuvent pas être vérifiées",
                en: "the theme `\(theme)` is in no themes/ folder of the site or above it: the categories cannot be checked")
    }

    /// A message about one cell: its column first, and the spreadsheet's own words for the column's values.
    static func inCell(_ message: Message, heading: String, words: [String]) -> Message {
        let list = Wording.codeList(words)
        let hint = words.isEmpty ? Wording.none : Wording(fr: " (dans le tableur : \(list))", en: " (in the spreadsheet: \(list))")
        return message.prefixed(Wording(fr: "« \(heading) » : ", en: "« \(heading) »: ")).suffixed(hint)
    }

    static func rowWithoutName(_ heading: String) -> Message {
        Message(.rowWithoutName, fr: "« \(heading) » ne donne pas de nom de fichier : écrivez-le avec des lettres ou des chiffres, ou remplissez « Identifiant »",
                en: "« \(heading) » gives no file name: write it with letters or digits, or fill « Identifiant »")
    }

    static func rowTwice(_ slug: String, firstRow: Int) -> Message {
        Message(.rowTwice, fr: "cette ligne donne la fiche `\(slug)`, comme la ligne \(firstRow) : donnez à l'une des deux un autre « Identifiant »",
                en: "this row makes the entry `\(slug)`, as row \(firstRow) does: give one of them another « Identifiant »")
    }

    static func entryFileNoFrontMatter(_ file: String) -> Message {
        Message(.entryFileNoFrontMatter,
                fr: "\(file) existe et n'a pas d'en-tête que l'import puisse remplacer : déplacez-le, ou donnez à cette ligne un autre « Identifiant »",
                en: "\(file) exists and has no front matter the import can replace: move it away, or give this row another « Identifiant »")
    }

    static func entryFileNotImported(_ file: String) -> Message {
        Message(.entryFileNotImported,
                fr: "\(file) existe et n'a pas été fait par clsm import : donnez à cette ligne un autre « Identifiant », ou remplacez son en-tête avec --force (son texte est gardé)",
                en: "\(file) exists and was not made by clsm import: give this row another « Identifiant », or replace its front matter with --force (its text is kept)")
    }

    static func notCSV(_ error: String) -> Message {
        Message(.notCSV, fr: "ce fichier ne peut pas être lu comme du CSV : \(error)", en: "this file cannot be read as CSV: \(error)")
    }

    static func noHeadingRow() -> Message {
        Message(.noHeadingRow, fr: "le fichier n'a pas de ligne d'en-têtes : sa première ligne nomme les colonnes (« Nom », « Catégorie », « Commune »…)",
                en: "the file has no heading row: its first line names the columns (« Nom », « Catégorie », « Commune »…)")
    }

    static func cellWithoutHeading(columns: Int) -> Message {
        Message(.cellWithoutHeading, fr: "cette cellule n'a pas d'en-tête : la ligne d'en-têtes a \(columns) colonnes",
                en: "this cell has no heading: the heading row has \(columns) columns")
    }

    static func spreadsheetNUL() -> Message {
        Message(.spreadsheetNUL, fr: "le fichier contient un octet NUL ; enregistrez-le à nouveau en texte CSV",
                en: "the file contains a NUL byte; save it again as CSV text")
    }

    static func spreadsheetNotUTF8() -> Message {
        Message(.spreadsheetNotUTF8,
                fr: "le fichier n'est pas en UTF-8 à cet endroit ; enregistrez-le en UTF-8, ou indiquez son encodage avec `--encoding windows-1252`",
                en: "the file is not valid UTF-8 here; save it as UTF-8, or name its encoding with `--encoding windows-1252`")
    }
}
