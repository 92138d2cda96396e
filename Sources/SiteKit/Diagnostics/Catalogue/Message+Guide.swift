// The catalogue: messages about the guide of resources, its categories, map and PDF.
extension Message {
    static func unknownCategory(_ id: String, among ids: [String]) -> Message {
        let hint = Wording.didYouMean(id, among: ids)
        let list = Wording.codeList(ids)
        return Message(.unknownCategory,
                       fr: "catégorie inconnue `\(id)`\(hint.french) (les catégories sont \(list) ; un site ajoute les siennes sous `guide.categories` dans site.yml)",
                       en: "unknown category `\(id)`\(hint.english) (the categories are \(list); a site adds its own under `guide.categories` in site.yml)")
    }

    static func guideNotGroup(is kind: Wording) -> Message {
        Message(.guideNotGroup, fr: "`guide` doit être un groupe de clés (`categories: …`), pas \(kind.french)",
                en: "`guide` must be a group of keys (`categories: …`), not \(kind.english)")
    }

    static func categoriesNotList(inTheme: Bool, is kind: Wording) -> Message {
        let what = inTheme ? Wording(fr: "le fichier des catégories du thème", en: "the theme's category file")
            : Wording(fr: "`guide.categories`", en: "`guide.categories`")
        return Message(.categoriesNotList, fr: "\(what.french) doit être une liste de `{id, label}`, pas \(kind.french)",
                       en: "\(what.english) must be a list of `{id, label}`, not \(kind.english)")
    }

    static func categoryIncomplete() -> Message {
        Message(.categoryIncomplete, fr: "chaque catégorie doit avoir `id` et `label`", en: "each category must have `id` and `label`")
    }

    static func badNewCategoryID(_ value: String) -> Message {
        Message(.badNewCategoryID,
                fr: "l'identifiant d'une catégorie s'écrit en minuscules, chiffres et tirets (`maison-des-adolescents`), pas `\(value)`",
                en: "a category id must be lower-case letters, digits and hyphens (`maison-des-adolescents`), not `\(value)`")
    }

    static func categoryTwice(_ id: String) -> Message {
        Message(.categoryTwice, fr: "la catégorie `\(id)` est déjà dans cette liste", en: "the category `\(id)` is already in this list")
    }

    static func guideWithoutCategories(theme: String, file: String) -> Message {
        Message(.guideWithoutCategories,
                fr: "le guide n'a pas de catégories : le thème `\(theme)` n'a pas de \(file) et site.yml n'en ajoute aucune sous `guide.categories`",
                en: "the guide has no categories: the theme `\(theme)` has no \(file) and site.yml adds none under `guide.categories`")
    }

    static func badPostalCode(_ value: String) -> Message {
        Message(.badPostalCode, fr: "`postal_code` s'écrit en cinq chiffres (`57000`), pas `\(value)`",
                en: "`postal_code` must be five digits (`57000`), not `\(value)`")
    }

    static func unknownPublic(_ value: String, ids: [String]) -> Message {
        let list = Wording.codeList(ids)
        let hint = Wording.didYouMean(value, among: ids)
        return Message(.unknownPublic, fr: "`publics` peut contenir \(list), pas `\(value)`\(hint.french)",
                       en: "`publics` may hold \(list), not `\(value)`\(hint.english)")
    }

    static func agesReversed(max: Int, min: Int) -> Message {
        Message(.agesReversed, fr: "`age_max` (\(max)) est inférieur à `age_min` (\(min))", en: "`age_max` (\(max)) is below `age_min` (\(min))")
    }

    static func badCoordinate(_ key: String, _ value: String, latitude: Bool) -> Message {
        let (limit, example) = latitude ? (90, "49.1197") : (180, "6.1764")
        let name = latitude ? Wording(fr: "une latitude", en: "a latitude") : Wording(fr: "une longitude", en: "a longitude")
        let comma = value.contains(",") ? Wording(fr: " ; écrivez la virgule décimale avec un point `.`", en: "; write the decimal point as `.`")
            : .none
        return Message(.badCoordinate,
                       fr: "`\(key)` doit être \(name.french) en degrés décimaux entre -\(limit) et \(limit) (WGS84, comme `\(example)`), pas `\(value)`\(comma.french)",
                       en: "`\(key)` must be \(name.english) in decimal degrees between -\(limit) and \(limit) (WGS84, such as `\(example)`), not `\(value)`\(comma.english)")
    }

    static func badAge(_ key: String, _ value: String) -> Message {
        Message(.badAge, fr: "`\(key)` doit être un âge en années, de 0 à 120, pas `\(value)`",
                en: "`\(key)` must be an age in years, from 0 to 120, not `\(value)`")
    }

    static func checkedInFuture(_ day: String, today: String) -> Message {
        Message(.checkedInFuture, fr: "`updated` est le jour de la dernière vérification de la fiche ; le \(day) est après aujourd'hui (\(today))",
                en: "`updated` is the day the entry was last checked; \(day) is after today (\(today))")
    }

    static func entryStale(_ day: String) -> Message {
        Message(.entryStale,
                fr: "cette fiche a été vérifiée pour la dernière fois le \(day), il y a plus d'un an : vérifiez-la avec la structure, puis mettez dans `updated` le jour de la vérification",
                en: "this entry was last checked on \(day), more than a year ago: check it with the structure, then set `updated` to the day of the check")
    }

    static func mapSetting(is kind: Wording) -> Message {
        Message(.mapSetting, fr: "`map` vaut `true`, `false` ou un groupe de clés (`tiles`, `attribution`, `provider`), pas \(kind.french)",
                en: "`map` must be `true`, `false` or a group of keys (`tiles`, `attribution`, `provider`), not \(kind.english)")
    }

    static func badTiles(_ value: String, example: String) -> Message {
        Message(.badTiles, fr: "`tiles` doit être une adresse http(s) avec `{z}`, `{x}` et `{y}` (`\(example)`), pas `\(value)`",
                en: "`tiles` must be an http(s) address with `{z}`, `{x}` and `{y}` (`\(example)`), not `\(value)`")
    }

    static func tilesWithoutAttribution() -> Message {
        Message(.tilesWithoutAttribution,
                fr: "une carte avec ses propres `tiles` a besoin d'`attribution` (qui a fait les tuiles et les données, comme leurs conditions le demandent)",
                en: "a map with its own `tiles` needs `attribution` (who made the tiles and the data, as their terms ask)")
    }

    static func mapLibraryMissing(package: String, source: String) -> Message {
        Message(.mapLibraryMissing,
                fr: "la carte du guide a besoin du paquet Debian `\(package)` (`apt-get install \(package)`) : \(source) est absent ; "
                    + "donnez dans CLSM_JAVASCRIPT_DIR le dossier qui contient `leaflet/` s'il est installé ailleurs, ou retirez `map` de `guide`",
                en: "the guide's map needs the Debian package `\(package)` (`apt-get install \(package)`): \(source) is missing; "
                    + "set CLSM_JAVASCRIPT_DIR to the folder that holds `leaflet/` if it is installed elsewhere, or remove `map` from `guide`")
    }

    static func chromiumMissing(at binary: String?, variable: String) -> Message {
        let place = missingProgram(at: binary)
        return Message(.chromiumMissing,
                       fr: "le PDF du guide a besoin de Chromium, \(place.french) : installez-le avec `apt-get install chromium`, ou donnez son exécutable dans \(variable)",
                       en: "the guide's PDF needs Chromium, \(place.english): install it with `apt-get install chromium`, or set \(variable) to its binary")
    }

    static func printPageMissing(_ path: String) -> Message {
        Message(.printPageMissing, fr: "le PDF du guide est fait à partir de sa page à imprimer, qui n'a pas été écrite (/\(path))",
                en: "the guide's PDF is made from its print page, which was not written (/\(path))")
    }

    static func cannotWriteFile(_ path: String) -> Message {
        Message(.cannotWriteFile, fr: "impossible d'écrire `\(path)`", en: "cannot write `\(path)`")
    }

    static func cannotRunChromium(_ binary: String, error: String) -> Message {
        Message(.cannotRunChromium, fr: "impossible de lancer Chromium à `\(binary)` : \(error)", en: "cannot run Chromium at `\(binary)`: \(error)")
    }

    static func chromiumFailed(status: Int32, detail: String?) -> Message {
        Message(.chromiumFailed, fr: "Chromium n'a pas pu imprimer le guide en PDF (code de sortie \(status))\(detail.map { " : " + $0 } ?? "")",
                en: "Chromium could not print the guide to PDF (exit \(status))\(detail.map { ": " + $0 } ?? "")")
    }

    static func pagefindMissing(at binary: String?, variable: String) -> Message {
        let place = missingProgram(at: binary)
        let command = "(`python3 -c 'import pagefind_bin; print(pagefind_bin.get_executable())'`)"
        return Message(.pagefindMissing,
                       fr: "`search: true` a besoin de Pagefind, \(place.french) : installez-le avec `pip install pagefind-bin`, puis donnez son exécutable dans \(variable) "
                           + "\(command), ou retirez `search`",
                       en: "`search: true` needs Pagefind, \(place.english): install it with `pip install pagefind-bin`, then set \(variable) to its binary "
                           + "\(command), or remove `search`")
    }

    static func pagefindFailed(status: Int32, detail: String) -> Message {
        Message(.pagefindFailed, fr: "Pagefind a échoué (code de sortie \(status))\(detail.isEmpty ? "" : " : " + detail)",
                en: "Pagefind failed (exit \(status))\(detail.isEmpty ? "" : ": " + detail)")
    }

    static func cannotRunPagefind(_ binary: String, error: String) -> Message {
        Message(.cannotRunPagefind, fr: "impossible de lancer Pagefind à `\(binary)` : \(error)", en: "cannot run Pagefind at `\(binary)`: \(error)")
    }

    /// `qui n'est pas à `/usr/bin/x`` / `which is not on PATH`: where a program clsm runs was looked for.
    private static func missingProgram(at binary: String?) -> Wording {
        binary.map { Wording(fr: "qui n'est pas à `\($0)`", en: "which is not at `\($0)`") }
            ?? Wording(fr: "qui n'est pas dans le PATH", en: "which is not on PATH")
    }
}
