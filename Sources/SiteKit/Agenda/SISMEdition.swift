import FrenchText

/// One edition of the Semaines d'information sur la santé mentale, from `sism.editions` of `site.yml`.
struct SISMEdition: Sendable, Equatable {
    /// The year (`2025`): its page is `/sism/2025/`.
    let year: Int
    /// The national edition number (`36`), when given.
    let number: Int?
    /// The first day.
    let start: CalendarDate
    /// The last day, which belongs to the edition.
    let end: CalendarDate
    /// The national theme, when given.
    let theme: String?

    /// True when `date` falls within the edition, both ends included.
    func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }

    /// `sism/2025/`.
    var urlPath: String { "sism/\(year)/" }

    /// « Semaines d’information sur la santé mentale 2025 ».
    var title: String { "Semaines d’information sur la santé mentale \(year)" }

    /// « 36e édition », nil without a number.
    var numberText: String? { number.map { "\($0)e édition" } }

    /// « du lundi 6 au dimanche 19 octobre 2025 ».
    var datesText: String { FrenchDate.range(start, end) }
}
