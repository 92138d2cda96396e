import Foundation

/// The language diagnostics are written in: French by default, English with `--lang en` or `CLSM_LANG=en`.
public enum MessageLanguage: String, CaseIterable, Sendable {
    case french = "fr"
    case english = "en"

    /// The language a code names: `fr`, `en`, `fr-FR`, `en_GB.UTF-8`; nil for a language the messages are not written in.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        guard let language = MessageLanguage(rawValue: String(prefix)) else { return nil }
        self = language
    }

    /// The language of a run: `--lang` when given, else `CLSM_LANG`, else the site's `language`, else French.
    public static func chosen(option: String?, environment: [String: String], siteLanguage: String?) -> MessageLanguage {
        for code in [option, environment["CLSM_LANG"], siteLanguage].compactMap({ $0 }) {
            if let language = MessageLanguage(code: code) { return language }
        }
        return .french
    }

    /// The `language:` a site.yml declares at its top level, read as text before the site is: messages about the
    /// site.yml itself are written in it.
    public static func declared(inSiteFile text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("language:") {
            return line.dropFirst("language:".count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }

    /// `erreur : message`, for a problem of no site and no file (`clsm new`'s, `serve`'s own).
    public func line(_ severity: Diagnostic.Severity, _ message: Message) -> String {
        VisibleText.of("\(word(for: severity))\(colon) \(message.text(in: self))")
    }

    /// How a severity is written before a message: `erreur`, `warning`…
    func word(for severity: Diagnostic.Severity) -> String {
        switch (self, severity) {
        case (.french, .error): "erreur"
        case (.french, .warning): "avertissement"
        case (.english, .error): "error"
        case (.english, .warning): "warning"
        }
    }

    /// What follows a severity: French sets a space before the colon.
    var colon: String {
        self == .french ? " :" : ":"
    }
}
