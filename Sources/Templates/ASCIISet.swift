/// A set of ASCII characters, tested by a table lookup: a `Set<Character>` hashes every Character it is asked about.
struct ASCIISet: Sendable {
    private var members = [Bool](repeating: false, count: 128)

    init(_ characters: String) {
        for byte in characters.utf8 where byte < 128 { members[Int(byte)] = true }
    }

    /// This set with `characters` added.
    func union(_ characters: String) -> ASCIISet {
        var set = self
        for byte in characters.utf8 where byte < 128 { set.members[Int(byte)] = true }
        return set
    }

    /// Whether `character` is one of the set (`\r\n`, one Character, is not, whatever the set).
    func contains(_ character: Character) -> Bool {
        guard character.utf8.count == 1, let byte = character.utf8.first else { return false }
        return byte < 128 && members[Int(byte)]
    }
}
