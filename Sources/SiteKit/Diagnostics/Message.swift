/// One message of the catalogue: the kind of problem (its stable code) and its text in French and in English.
///
/// Messages are made only by the catalogue's functions (`Message.unknownKey(…)`, in `Catalogue/`), each of which writes
/// both texts from the same typed arguments, so that no message exists in one language only.
public struct Message: Hashable, Sendable {
    /// The kind of problem, stable across versions and languages (`front-matter.unclosed`).
    public let code: MessageCode
    /// The text in French, the language of the sites and of their editors.
    public let french: String
    /// The text in English.
    public let english: String

    init(_ code: MessageCode, fr french: String, en english: String) {
        self.code = code
        self.french = french
        self.english = english
    }

    init(_ code: MessageCode, _ wording: Wording) {
        self.init(code, fr: wording.french, en: wording.english)
    }

    /// The text in `language`.
    public func text(in language: MessageLanguage) -> String {
        language == .french ? french : english
    }

    /// The same message with `prefix` before its text in both languages (the column of a spreadsheet it comes from).
    func prefixed(_ prefix: Wording) -> Message {
        Message(code, fr: prefix.french + french, en: prefix.english + english)
    }

    /// The same message with `suffix` after its text in both languages.
    func suffixed(_ suffix: Wording) -> Message {
        Message(code, fr: french + suffix.french, en: english + suffix.english)
    }
}

/// A part of a message in both languages (`une liste` / `a list`), for the catalogue's functions to build messages from.
public struct Wording: Hashable, Sendable {
    /// The French text.
    public let french: String
    /// The English text.
    public let english: String

    init(fr french: String, en english: String) {
        self.french = french
        self.english = english
    }

    /// The text in `language`.
    public func text(in language: MessageLanguage) -> String {
        language == .french ? french : english
    }

    /// No words.
    static let none = Wording(fr: "", en: "")

    static func + (lhs: Wording, rhs: Wording) -> Wording {
        Wording(fr: lhs.french + rhs.french, en: lhs.english + rhs.english)
    }

    /// `; vouliez-vous dire `gem` ?` when there is a suggestion, else nothing.
    static func didYouMean(_ suggestion: String?) -> Wording {
        guard let suggestion else { return .none }
        return Wording(fr: " ; vouliez-vous dire `\(suggestion)` ?", en: "; did you mean `\(suggestion)`?")
    }

    /// The suggestion for `word` among a closed list (a misspelt key, category, layout…): the nearest, if close enough.
    static func didYouMean(_ word: String, among known: [String]) -> Wording {
        didYouMean(KeySuggestion.closest(to: word, among: known))
    }

    /// `` `a`, `b`, `c` `` in both languages.
    static func codeList(_ items: [String]) -> String {
        items.map { "`\($0)`" }.joined(separator: ", ")
    }
}
