/// The shape checks of addresses editors type: web pages and e-mail.
enum WebAddress {
    /// True for `http://host/…` and `https://host/…` with a host and no space, line break, control character,
    /// quote or angle bracket.
    static func isValid(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let rest = ["https://", "http://"].first(where: lowered.hasPrefix).map({ text.dropFirst($0.count) }) else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !text.unicodeScalars.contains(where: isForbidden) && !host.contains("@")
    }

    /// What an editor probably meant by `text`, not a valid address: `https://` before `www.…`, or the scheme
    /// mistyped (`htps://`, `https:/`, `http//`) written right; nil when nothing looks meant.
    static func suggestion(for text: String) -> String? {
        if text.lowercased().hasPrefix("www.") { return "https://" + text }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let scheme = text[..<slash].lowercased().filter { $0 != ":" }
        let rest = text[slash...].drop { $0 == "/" }
        guard !scheme.isEmpty, rest.contains("."), let meant = KeySuggestion.closest(to: scheme, among: ["http", "https"]) else { return nil }
        let suggestion = meant + "://" + rest
        return isValid(suggestion) ? suggestion : nil
    }

    /// True for `local@domain.tld`: one `@`, a dot in the domain, no space, line break, control character, quote
    /// or angle bracket.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              !text.unicodeScalars.contains(where: { isForbidden($0) || isForbiddenInEmail($0) }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Scalars, not Characters: `\r\n` is one Character, and so is a quote followed by a combining mark.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "<", ">", "\\", "`": return true
        // ASCII's white space and controls are the scalars up to the space, and DEL; it has no format character.
        case _ where scalar.isASCII: return scalar.value <= 0x20 || scalar.value == 0x7F
        default:
            let category = scalar.properties.generalCategory
            return scalar.properties.isWhitespace || category == .control || category == .format
        }
    }

    /// A scheme (`mailto:`) or a display name (`Accueil <a@b.fr>`) is not an address.
    private static func isForbiddenInEmail(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", ";", ",", "(", ")", "[", "]": true
        default: false
        }
    }
}
