import FrenchText

/// Reads the keys of one YAML mapping with their expected types, recording every mistake at its key.
///
/// Keys are read as the editor typed them: a text key stays text even when YAML would read a number.
struct FieldReader {
    /// The mapping's entries.
    let entries: [YAMLEntry]
    /// Where the mapping is (for missing keys).
    let location: SourceLocation
    /// The keys a caller has asked for so far.
    private(set) var knownKeys: [String] = []

    init(_ entries: [YAMLEntry], at location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry for `key`, remembering that `key` is a known key.
    mutating func entry(_ key: String) -> YAMLEntry? {
        knownKeys.append(key)
        return entries.first { $0.key == key && !$0.value.isNull }
    }

    /// A text value; an error when it is a list or a group, or when it is required and missing.
    mutating func text(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> Located<String>? {
        guard let entry = entry(key) else {
            if required {
                if let empty = entries.first(where: { $0.key == key }) {
                    log.error(.keyHasNoValue(key), at: empty.keyLocation)
                } else if let misspelt = misspelling(of: key) {
                    // One mistake, one message: the misspelt key is not warned about again as unknown.
                    knownKeys.append(misspelt.key)
                    log.error(.misspeltRequiredKey(misspelt.key, key), at: misspelt.keyLocation)
                } else {
                    log.error(.missingKey(key), at: location)
                }
            }
            return nil
        }
        guard case .scalar(let text, _) = entry.value.value else {
            log.error(.notSingleValue(key, is: entry.value.kindDescription), at: entry.keyLocation)
            return nil
        }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty && required {
            log.error(.emptyValue(key), at: entry.value.location)
            return nil
        }
        return Located(trimmed, at: entry.value.location)
    }

    /// A list of texts; a single value is read as a list of one.
    mutating func textList(_ key: String, log: inout DiagnosticLog) -> [Located<String>] {
        guard let entry = entry(key) else { return [] }
        switch entry.value.value {
        case .scalar(let text, _):
            return [Located(text.trimmingSpaces, at: entry.value.location)]
        case .sequence(let items):
            return items.compactMap { item in
                guard case .scalar(let text, _) = item.value else {
                    log.error(.itemNotSingleValue(key, is: item.kindDescription), at: item.location)
                    return nil
                }
                return Located(text.trimmingSpaces, at: item.location)
            }
        case .mapping:
            log.error(.notList(key, is: entry.value.kindDescription), at: entry.keyLocation)
            return []
        }
    }

    /// `true` or `false`.
    mutating func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let value = text(key, log: &log) else { return nil }
        switch value.value.lowercased() {
        case "true": return true
        case "false": return false
        default:
            log.error(.notBoolean(key, value.value), at: value.location)
            return nil
        }
    }

    /// A whole number.
    mutating func integer(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let value = text(key, log: &log) else { return nil }
        guard let number = Int(value.value) else {
            log.error(.notWholeNumber(key, value.value), at: value.location)
            return nil
        }
        return number
    }

    /// A date, with or without a time (`2025-10-09`, `2025-10-09 18:30`).
    mutating func dateTime(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> Located<LocalDateTime>? {
        guard let value = text(key, required: required, log: &log) else { return nil }
        guard let parsed = LocalDateTime(parsing: value.value) else {
            log.error(.notDate(key, value.value, impossible: ImpossibleDate(value.value), written: FrenchWrittenDate.iso(value.value)),
                      at: value.location)
            return nil
        }
        return Located(parsed, at: value.location)
    }

    /// A day without a time (`2025-05-12`).
    mutating func day(_ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let value = dateTime(key, log: &log) else { return nil }
        guard value.value.time == nil, value.value.utcOffset == nil else {
            log.error(.dayWithTime(key), at: value.location)
            return nil
        }
        return value.value.date
    }

    /// One value among `allowed`.
    mutating func choice(_ key: String, among allowed: [String], required: Bool = false, log: inout DiagnosticLog) -> Located<String>? {
        guard let value = text(key, required: required, log: &log) else { return nil }
        guard allowed.contains(value.value) else {
            log.error(.notAmong(key, value.value, allowed: allowed), at: value.location)
            return nil
        }
        return value
    }

    /// A nested group of keys.
    mutating func group(_ key: String, log: inout DiagnosticLog) -> FieldReader? {
        guard let entry = entry(key) else { return nil }
        guard let entries = entry.value.entries else {
            log.error(.notGroup(key, is: entry.value.kindDescription), at: entry.keyLocation)
            return nil
        }
        return FieldReader(entries, at: entry.keyLocation)
    }

    /// The entry whose key looks like the missing `key` mistyped (`comune` for `commune`), among those no caller asked for.
    private func misspelling(of key: String) -> YAMLEntry? {
        entries.first { $0.key != key && !knownKeys.contains($0.key) && KeySuggestion.closest(to: $0.key, among: [key]) != nil }
    }

    /// Warns about every key that no caller asked for, suggesting the closest known key.
    func warnAboutUnknownKeys(log: inout DiagnosticLog, context: Wording) {
        for entry in entries where !knownKeys.contains(entry.key) {
            log.warning(.unknownKey(entry.key, in: context, known: knownKeys), at: entry.keyLocation)
        }
    }
}
