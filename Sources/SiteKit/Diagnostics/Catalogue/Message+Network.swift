// The catalogue: messages of a network site about its members.
extension Message {
    /// `membre du réseau `../metz/public`` / `network member `../metz/public``, how every message about a member starts.
    private static func member(_ name: String, _ problem: Wording) -> Wording {
        Wording(fr: "membre du réseau `\(name)` : \(problem.french)", en: "network member `\(name)`: \(problem.english)")
    }

    /// `; sa dernière copie valable est gardée` when there is one.
    private static func kept(_ hasCopy: Bool) -> Wording {
        hasCopy ? Wording(fr: " ; sa dernière copie valable est gardée", en: "; its last good copy is kept") : .none
    }

    static func networkMembersMissing() -> Message {
        missingKey("members", holding: Wording(fr: "une liste de `- exports: <dossier>`", en: "a list of `- exports: <folder>`"))
    }

    static func cannotReadSiteFile() -> Message {
        Message(.cannotReadSiteFile, fr: "impossible de lire site.yml", en: "cannot read site.yml")
    }

    static func notNetworkSite() -> Message {
        Message(.notNetworkSite, fr: "site.yml n'a pas de bloc `network:` : ce n'est pas un site de réseau",
                en: "site.yml has no `network:` block: this is not a network site")
    }

    static func memberFetchFailed(_ name: String, url: String, problem: Wording, hasCopy: Bool) -> Message {
        Message(.memberFetchFailed, member(name, Wording(fr: "impossible de télécharger \(url) : ", en: "cannot fetch \(url): ") + problem + kept(hasCopy)))
    }

    static func memberCannotWrite(_ name: String, path: String) -> Message {
        Message(.memberCannotWrite, member(name, Wording(fr: "impossible d'écrire \(path)", en: "cannot write \(path)")))
    }

    static func memberUnusable(_ name: String, hasCopy: Bool) -> Message {
        Message(.memberUnusable, member(name, Wording(fr: "ce qu'il publie est inutilisable", en: "what it publishes cannot be used") + kept(hasCopy)))
    }

    static func memberCannotMove(_ name: String, into cache: String) -> Message {
        Message(.memberCannotMove, member(name, Wording(fr: "impossible de ranger ses fichiers dans \(cache)", en: "cannot move its files into \(cache)")))
    }

    static func memberNotFetched(_ name: String) -> Message {
        Message(.memberNotFetched, member(name, Wording(fr: "pas encore téléchargé ; lancez d'abord `clsm network fetch` dans le site du réseau",
                                                        en: "not fetched yet; run `clsm network fetch` in the network site first")))
    }

    static func memberNoFolder(_ name: String) -> Message {
        Message(.memberNoFolder, member(name, Wording(fr: "ce dossier n'existe pas ; donnez le dossier où le site d'un membre a été construit (son `public/`)",
                                                      en: "no such folder; give the folder a member's site was built into (its `public/`)")))
    }

    static func memberPathOutside(_ name: String, path: String) -> Message {
        Message(.memberPathOutside, member(name, Wording(fr: "son clsm.json nomme `\(path)`, qui n'est pas un chemin dans son dossier",
                                                         en: "its clsm.json names `\(path)`, which is not a path inside its folder")))
    }

    static func memberFileUnreadable(_ name: String, path: String) -> Message {
        Message(.memberFileUnreadable, member(name, Wording(fr: "impossible de lire `\(path)` ; construisez à nouveau le site du membre",
                                                            en: "cannot read `\(path)`; build the member's site again")))
    }

    static func memberFileNotJSON(_ name: String, path: String) -> Message {
        Message(.memberFileNotJSON, member(name, Wording(fr: "`\(path)` n'est pas du JSON valable", en: "`\(path)` is not valid JSON")))
    }

    static func memberFileFormat(_ name: String, path: String, written: String?, expected: String) -> Message {
        let format = written.map { Wording(fr: "le format `\($0)`", en: "format `\($0)`") } ?? Wording(fr: "aucun format", en: "format `none`")
        return Message(.memberFileFormat, member(name, Wording(fr: "`\(path)` a \(format.french) ; ce clsm lit `\(expected)`",
                                                               en: "`\(path)` has \(format.english); this clsm reads `\(expected)`")))
    }

    static func memberFileInvalid(_ name: String, path: String, problem: Wording) -> Message {
        Message(.memberFileInvalid, member(name, Wording(fr: "`\(path)` ", en: "`\(path)` ") + problem))
    }

    static func memberSISMEditionUnreadable(_ name: String, year: Int) -> Message {
        Message(.memberSISMEditionUnreadable, member(name, Wording(fr: "l'édition des SISM \(year) a un `start` ou un `end` illisible",
                                                                   en: "the SISM edition \(year) has an unreadable `start` or `end`")))
    }

    static func memberEventStartUnreadable(_ name: String, url: String) -> Message {
        Message(.memberEventStartUnreadable, member(name, Wording(fr: "l'événement `\(url)` a un `start` ou un `time_zone` illisible",
                                                                  en: "the event `\(url)` has an unreadable `start` or `time_zone`")))
    }

    static func memberEventEndUnreadable(_ name: String, url: String) -> Message {
        Message(.memberEventEndUnreadable, member(name, Wording(fr: "l'événement `\(url)` a un `end` illisible",
                                                                en: "the event `\(url)` has an unreadable `end`")))
    }
}
