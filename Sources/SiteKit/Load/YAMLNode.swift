/// A YAML value as the editor typed it, with where it stands; scalars keep their text, never guessed types.
public struct YAMLNode: Sendable {
    /// The shapes a YAML value can take.
    public indirect enum Value: Sendable {
        /// Text as typed (`0353731002` stays that text); `isQuoted` when written between quotes.
        case scalar(String, isQuoted: Bool)
        /// `[a, b]` or `- a` lines.
        case sequence([YAMLNode])
        /// `key: value` pairs in the order written.
        case mapping([YAMLEntry])
    }

    /// The value.
    public let value: Value
    /// Where the value starts in the file.
    public let location: SourceLocation

    /// Makes a node.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// True for an empty plain scalar, `~` or `null`: a key written without a value.
    public var isNull: Bool {
        if case .scalar(let text, false) = value {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// The entries when the value is a mapping.
    public var entries: [YAMLEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The entry named `key` when the value is a mapping.
    public subscript(key: String) -> YAMLEntry? {
        entries?.first { $0.key == key }
    }
}

/// One `key: value` pair of a YAML mapping.
public struct YAMLEntry: Sendable {
    /// The key as written.
    public let key: String
    /// Where the key stands: diagnostics about the pair point here.
    public let keyLocation: SourceLocation
    /// The value.
    public let value: YAMLNode
}
