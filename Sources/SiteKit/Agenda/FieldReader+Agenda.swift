import FrenchText

/// Typed keys the agenda reads beyond the common ones: word lists and coordinates.
extension FieldReader {
    /// True when the mapping has `key`, with or without a value.
    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// One id or a list of ids of `vocabulary`, in the vocabulary's order, each once.
    mutating func vocabularyList(_ key: String, among vocabulary: [(id: String, label: String)], log: inout DiagnosticLog) -> [String] {
        let ids = vocabulary.map(\.id)
        let written = textList(key, log: &log).filter { item in
            guard ids.contains(item.value) else {
                log.error(.notInVocabulary(key, item.value, ids: ids), at: item.location)
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
            log.error(.badDegrees(key, value.value, range: range),
                      at: value.location)
            return nil
        }
        return Located((number, value.value), at: value.location)
    }
}
