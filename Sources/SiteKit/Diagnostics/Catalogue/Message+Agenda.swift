// The catalogue: messages about the agenda's events and the SISM editions.
extension Message {
    static func freeWithPrice() -> Message {
        Message(.freeWithPrice, fr: "`price` est affiché alors que `free: true` dit que l'événement est gratuit ; gardez l'un des deux",
                en: "`price` is shown although `free: true` says the event is free; keep one of them")
    }

    static func latitudeWithoutLongitude() -> Message {
        Message(.latitudeWithoutLongitude, fr: "`lat` a besoin de `lon` : donnez les deux coordonnées, ou aucune",
                en: "`lat` needs `lon`: give both coordinates, or neither")
    }

    static func longitudeWithoutLatitude() -> Message {
        Message(.longitudeWithoutLatitude, fr: "`lon` a besoin de `lat` : donnez les deux coordonnées, ou aucune",
                en: "`lon` needs `lat`: give both coordinates, or neither")
    }

    static func unknownSISMEdition(_ year: Int, known: [Int]) -> Message {
        guard !known.isEmpty else {
            return Message(.unknownSISMEdition, fr: "`sism: \(year)` ne nomme aucune édition des SISM : `sism.editions` de site.yml n'en liste aucune",
                           en: "`sism: \(year)` names no SISM edition: `sism.editions` of site.yml lists none")
        }
        let years = known.map(String.init).joined(separator: ", ")
        return Message(.unknownSISMEdition, fr: "`sism: \(year)` ne nomme aucune édition des SISM : site.yml liste \(years)",
                       en: "`sism: \(year)` names no SISM edition: site.yml lists \(years)")
    }

    /// After the first error of a SISM edition that failed: ` ; 17 événements nomment cette édition`.
    static func eventsNameEdition(_ count: Int) -> Wording {
        count == 1 ? Wording(fr: " ; 1 événement nomme cette édition", en: "; 1 event names this edition")
            : Wording(fr: " ; \(count) événements nomment cette édition", en: "; \(count) events name this edition")
    }

    static func allDayEndWithTime() -> Message {
        Message(.allDayEndWithTime, fr: "`end` doit être une date seule, comme `start` : c'est un événement sur la journée entière",
                en: "`end` must be a date alone, like `start`: this is an all-day event")
    }

    static func endNeedsTime(_ day: String) -> Message {
        Message(.endNeedsTime, fr: "`end` a besoin d'une heure, comme `start` (`\(day) 20:30`)",
                en: "`end` needs a time, like `start` (`\(day) 20:30`)")
    }

    static func endBeforeStart(end: String, start: String) -> Message {
        Message(.endBeforeStart, fr: "`end` (\(end)) est avant `start` (\(start))", en: "`end` (\(end)) is before `start` (\(start))")
    }

    static func eventTooLong() -> Message {
        Message(.eventTooLong, fr: "`end` est plus d'un an après `start` : un événement de l'agenda dure un an au plus",
                en: "`end` is more than a year after `start`: an agenda entry lasts a year at most")
    }

    static func skippedTime(_ key: String, _ moment: String, zone: String, from: String, to: String) -> Message {
        Message(.skippedTime,
                fr: "`\(key)` \(moment) n'existe pas en \(zone) : cette nuit-là, les horloges passent de \(from) à \(to) ; choisissez une heure hors de cet intervalle",
                en: "`\(key)` \(moment) does not exist in \(zone): that night clocks jump from \(from) to \(to); choose a time outside that hour")
    }

    static func repeatedTime(_ key: String, day: String, time: String, zone: String, from: String, to: String, second: String) -> Message {
        Message(.repeatedTime,
                fr: "`\(key)` \(day) \(time) a lieu deux fois en \(zone) : cette nuit-là, les horloges reculent de \(from) à \(to) ; "
                    + "c'est le premier \(time), avant le changement, qui est retenu ; écrivez `\(second)` pour le second",
                en: "`\(key)` \(day) \(time) happens twice in \(zone): that night clocks go back from \(from) to \(to); "
                    + "read as the first \(time), before the change; write `\(second)` for the second")
    }

    static func notInVocabulary(_ key: String, _ value: String, ids: [String]) -> Message {
        let list = Wording.codeList(ids)
        let hint = Wording.didYouMean(value, among: ids)
        return Message(.notInVocabulary, fr: "la clé `\(key)` accepte \(list), pas `\(value)`\(hint.french)",
                       en: "`\(key)` takes \(list), not `\(value)`\(hint.english)")
    }

    static func badDegrees(_ key: String, _ value: String, range: ClosedRange<Double>) -> Message {
        let (low, high) = (Int(range.lowerBound), Int(range.upperBound))
        return Message(.badDegrees, fr: "la clé `\(key)` doit être un nombre décimal de degrés entre \(low) et \(high), pas `\(value)`",
                       en: "`\(key)` must be a decimal number of degrees between \(low) and \(high), not `\(value)`")
    }

    static func sismNotGroup(is kind: Wording) -> Message {
        Message(.sismNotGroup, fr: "`sism` doit être un groupe de clés (`editions:`), pas \(kind.french)",
                en: "`sism` must be a group of keys (`editions:`), not \(kind.english)")
    }

    static func sismEditionsNotList() -> Message {
        Message(.sismEditionsNotList, fr: "`editions` doit être une liste de `{year, number, start, end, theme}`",
                en: "`editions` must be a list of `{year, number, start, end, theme}`")
    }

    static func sismEditionTwice(_ year: Int, firstLine: Int) -> Message {
        Message(.sismEditionTwice, fr: "l'édition des SISM \(year) est listée deux fois (la première à la ligne \(firstLine))",
                en: "the SISM edition \(year) is listed twice (first at line \(firstLine))")
    }

    static func sismEditionsOverlap(_ year: Int, other: Int) -> Message {
        Message(.sismEditionsOverlap, fr: "l'édition des SISM \(year) chevauche l'édition \(other)",
                en: "the SISM edition \(year) overlaps the edition \(other)")
    }

    static func sismEditionNotGroup() -> Message {
        Message(.sismEditionNotGroup, fr: "chaque édition des SISM doit être un groupe de clés (`year`, `number`, `start`, `end`, `theme`)",
                en: "each SISM edition must be a group of keys (`year`, `number`, `start`, `end`, `theme`)")
    }

    static func sismEditionReversed(end: String, start: String) -> Message {
        Message(.sismEditionReversed, fr: "`end` (\(end)) est avant `start` (\(start)) : les dates de l'édition sont inversées",
                en: "`end` (\(end)) is before `start` (\(start)): the edition's dates are reversed")
    }

    static func sismEditionOtherYear(_ year: Int, start: String) -> Message {
        Message(.sismEditionOtherYear, fr: "l'édition des SISM \(year) commence le \(start), une autre année",
                en: "the SISM edition \(year) starts on \(start), in another year")
    }

    static func sismEditionDayWithTime(_ key: String) -> Message {
        Message(.sismEditionDayWithTime, fr: "`\(key)` d'une édition des SISM est un jour (`2025-10-06`), sans heure",
                en: "`\(key)` of a SISM edition is a day (`2025-10-06`), without a time")
    }
}
