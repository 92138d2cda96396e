/// A mapping's key as YAML compares keys to find one written twice: its text (or, for a `[list]` or `{group}` written
/// as a key, its whole structure) and its explicit tag, when the tag is not the default one (`!!int 1` is not `1`).
/// Quoting does not count: `'a'` and `a` are the same key.
indirect enum YAMLKey: Hashable {
    case scalar(String, tag: String?)
    case sequence([YAMLKey], tag: String?)
    /// Keys and values alternating.
    case mapping([YAMLKey], tag: String?)

    /// The name a duplicate is listed under: the text of a scalar, a placeholder for a structure.
    var name: String {
        if case .scalar(let text, _) = self { return text }
        return "<uncovertable>"
    }

    /// The keys of `keys` written more than once, by name in the order they are listed, and the index in `keys` of
    /// the first one's first occurrence (where the problem is reported); nil when every key is written once.
    static func duplicates(in keys: [YAMLKey]) -> (names: [String], firstIndex: Int)? {
        guard hasDuplicate(keys) else { return nil }
        var firstIndices: [YAMLKey: Int] = [:]
        var counts: [YAMLKey: Int] = [:]
        for (index, key) in keys.enumerated() {
            if firstIndices[key] == nil { firstIndices[key] = index }
            counts[key, default: 0] += 1
        }
        // In order of first occurrence, then sorted as Yams listed them (text order; a structure by its elements).
        let repeated = firstIndices.filter { counts[$0.key, default: 0] > 1 }.sorted { $0.value < $1.value }
            .sorted { precedes($0.key, $1.key) }
        guard let first = repeated.first else { return nil }
        return (repeated.map { $0.key.name }, first.value)
    }

    /// Whether two keys are equal, without hashing in the usual mapping of a few keys.
    private static func hasDuplicate(_ keys: [YAMLKey]) -> Bool {
        if keys.count > 16 { return Set(keys).count < keys.count }
        for index in keys.indices.dropFirst() where keys[..<index].contains(keys[index]) {
            return true
        }
        return false
    }

    /// Yams's order of keys: texts by `<`, lists and groups element by element (a group by its keys), kinds unordered.
    private static func precedes(_ lhs: YAMLKey, _ rhs: YAMLKey) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let left, _), .scalar(let right, _)):
            return left < right
        case (.sequence(let left, _), .sequence(let right, _)):
            return precedes(left, right)
        case (.mapping(let left, _), .mapping(let right, _)):
            return precedes(stride(from: 0, to: left.count, by: 2).map { left[$0] },
                            stride(from: 0, to: right.count, by: 2).map { right[$0] })
        default:
            return false
        }
    }

    private static func precedes(_ lhs: [YAMLKey], _ rhs: [YAMLKey]) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            if precedes(left, right) { return true }
            if precedes(right, left) { return false }
        }
        return lhs.count < rhs.count
    }
}
