// The catalogue: messages of the commands themselves, before or around a site's build.
extension Message {
    public static func noSuchSiteFolder() -> Message {
        Message(.noSuchSiteFolder, fr: "ce dossier de site n'existe pas", en: "no such site folder")
    }

    public static func strictWarnings(isBuild: Bool) -> Message {
        Message(.strictWarnings, fr: "les avertissements sont des erreurs avec --strict\(isBuild ? " ; le site produit n'a pas été modifié" : "")",
                en: "warnings are errors with --strict\(isBuild ? "; the output was not changed" : "")")
    }

    /// The line after the first warning of a kind that comes many times: how many more, and how to see them.
    public static func others(_ count: Int, like code: MessageCode) -> Wording {
        switch code {
        case .entryStale:
            return Wording(fr: "… et \(count) autre\(count == 1 ? "" : "s") fiche\(count == 1 ? "" : "s") du guide non vérifiée\(count == 1 ? "" : "s") depuis plus d'un an : `clsm stale` les liste",
                           en: "… and \(count) other guide entr\(count == 1 ? "y" : "ies") not checked for more than a year: `clsm stale` lists them")
        default:
            return Wording(fr: "… et \(count) autre\(count == 1 ? "" : "s") avertissement\(count == 1 ? "" : "s") du même genre (`\(code.rawValue)`) : `--verbose` les montre tous",
                           en: "… and \(count) other warning\(count == 1 ? "" : "s") of the same kind (`\(code.rawValue)`): `--verbose` shows them all")
        }
    }

    public static func previewVisible(host: String) -> Message {
        Message(.previewVisible, fr: "écoute sur \(host) : les autres machines du réseau peuvent voir cet aperçu",
                en: "listening on \(host): other machines on the network can see this preview")
    }

    public static func noInotify() -> Message {
        Message(.noInotify, fr: "inotify n'est pas disponible : les modifications ne seront pas vues",
                en: "inotify is not available: changes will not be seen")
    }

    public static func cannotListen(_ url: String, error: String) -> Message {
        Message(.cannotListen, fr: "impossible d'écouter sur \(url) : \(error)", en: "cannot listen on \(url): \(error)")
    }

    public static func newNotSite(_ site: String) -> Message {
        Message(.newNotSite, fr: "\(site) n'est pas un dossier de site (pas de site.yml) ; indiquez --site DOSSIER",
                en: "\(site) is not a site folder (no site.yml); give --site DIR")
    }

    public static func newTitleWithoutName(_ title: String) -> Message {
        Message(.newTitleWithoutName, fr: "le titre `\(title)` ne donne pas de nom de fichier : écrivez-le avec des lettres ou des chiffres",
                en: "the title `\(title)` gives no file name: write it with letters or digits")
    }

    public static func newFileExists(_ file: String) -> Message {
        Message(.newFileExists, fr: "\(file) existe déjà ; il a été laissé tel quel", en: "\(file) already exists; it was left as it is")
    }

    public static func newCannotCreate(_ file: String, error: String) -> Message {
        Message(.newCannotCreate, fr: "impossible de créer \(file) : \(error)", en: "cannot create \(file): \(error)")
    }

    public static func newFolderNotEmpty(_ folder: String) -> Message {
        Message(.newFolderNotEmpty, fr: "\(folder) existe déjà et n'est pas vide ; choisissez un nouveau dossier",
                en: "\(folder) already exists and is not empty; choose a new folder")
    }

    public static func newCannotWriteSite(_ folder: String, error: String) -> Message {
        Message(.newCannotWriteSite, fr: "impossible d'écrire le site dans \(folder) : \(error)", en: "cannot write the site into \(folder): \(error)")
    }

    public static func newNotTheme(_ option: String) -> Message {
        Message(.newNotTheme, fr: "--theme \(option) n'est pas un dossier de thème (il n'a pas de layouts/)",
                en: "--theme \(option) is not a theme folder (it has no layouts/)")
    }

    public static func newNoTheme(_ folder: String) -> Message {
        Message(.newNoTheme,
                fr: "aucun thème clsm trouvé au-dessus de \(folder) ni ici ; indiquez --theme CHEMIN (le dossier themes/clsm du dépôt clsm)",
                en: "no theme clsm found above \(folder) nor here; give --theme PATH (the themes/clsm folder of the clsm repository)")
    }
}
