/// Suggests the known word closest to a mistyped one.
enum KeySuggestion {
    /// `; did you mean `commune`?` when a known word is close enough, else empty.
    static func hint(for word: String, among known: [String]) -> String {
        guard let best = closest(to: word, among: known) else { return "" }
        return "; did you mean `\(best)`?"
    }

    /// The known word at the smallest edit distance, when that distance is small for its length.
    static func closest(to word: String, among known: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = known.map { ($0, distance(Array(lowered), Array($0.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        let allowed = max(1, min(3, best.0.count / 3))
        return best.1 <= allowed ? best.0 : nil
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
