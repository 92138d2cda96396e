import FrenchText

/// Typed keys the agenda reads beyond the common ones: web addresses, e-mails, phones, word lists, coordinates.
extension FieldReader {
    /// True when the mapping has `key`, with or without a value.
    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// An absolute http(s) URL.
    mutating func webAddress(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = text(key, log: &log) else { return nil }
        let lowered = value.value.lowercased()
        let scheme = ["https://", "http://"].first { lowered.hasPrefix($0) }
        let rest = scheme.map { value.value.dropFirst($0.count) } ?? ""
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard scheme != nil, !host.isEmpty,
              !value.value.contains(where: { $0.isWhitespace || "\"'<>\\`{}|^".contains($0) }) else {
            log.error("`\(key)` must be an http(s) address such as `https://example.org/inscription`, not `\(value.value)`", at: value.location)
            return nil
        }
        return value.value
    }

    /// An e-mail address (`name@domain.tld`).
    mutating func email(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = text(key, log: &log) else { return nil }
        let parts = value.value.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !value.value.contains(where: { $0.isWhitespace || "\"'<>(),;:\\[]".contains($0) })
        guard valid else {
            log.error("`\(key)` must be an e-mail address such as `contact@example.org`, not `\(value.value)`", at: value.location)
            return nil
        }
        return value.value
    }

    /// A French phone number in any common writing, kept as written.
    mutating func frenchPhone(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = text(key, log: &log) else { return nil }
        guard FrenchPhone(value.value) != nil else {
            log.error("`\(key)` must be a French phone number such as `03 87 56 27 68`, not `\(value.value)`", at: value.location)
            return nil
        }
        return value.value
    }

    /// One id or a list of ids of `vocabulary`, in the vocabulary's order, each once.
    mutating func vocabularyList(_ key: String, among vocabulary: [(id: String, label: String)], log: inout DiagnosticLog) -> [String] {
        let ids = vocabulary.map(\.id)
        let written = textList(key, log: &log).filter { item in
            guard ids.contains(item.value) else {
                let list = ids.map { "`\($0)`" }.joined(separator: ", ")
                log.error("`\(key)` takes \(list), not `\(item.value)`\(KeySuggestion.hint(for: item.value, among: ids))", at: item.location)
                return false
            }
            return true
        }
        let chosen = Set(written.map(\.value))
        return ids.filter(chosen.contains)
    }

    /// A decimal number within `range`, with its text.
    mutating func coordinate(_ key: String, within range: ClosedRange<Double>, log: inout DiagnosticLog) -> Located<(Double, String)>? {
        guard let value = text(key, log: &log) else { return nil }
        guard let number = Double(value.value), number.isFinite, range.contains(number),
              value.value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else {
            log.error("`\(key)` must be a decimal number of degrees between \(Int(range.lowerBound)) and \(Int(range.upperBound)), not `\(value.value)`",
                      at: value.location)
            return nil
        }
        return Located((number, value.value), at: value.location)
    }
}
