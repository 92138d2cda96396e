/// The ids given to the headings of one document, each unique and none of the reserved ones.
struct HeadingIdentifiers {
    private var used: Set<String>
    /// For each id asked for twice, the next suffix to try: ids are never given back, so one taken stays taken.
    private var nextSuffix: [String: Int] = [:]
    /// How many candidates were tried: n equal headings cost about 2n, not n².
    private(set) var probes = 0

    /// Ids that `reserved` already holds are never given.
    init(reserved: Set<String>) {
        used = reserved
    }

    /// `id`, else `id-1`, `id-2`…: the first not given yet.
    mutating func unique(_ id: String) -> String {
        var candidate = id
        probes += 1
        if used.contains(candidate) {
            var suffix = nextSuffix[id] ?? 1
            candidate = "\(id)-\(suffix)"
            probes += 1
            while used.contains(candidate) {
                suffix += 1
                candidate = "\(id)-\(suffix)"
                probes += 1
            }
            nextSuffix[id] = suffix + 1
        }
        used.insert(candidate)
        return candidate
    }
}
