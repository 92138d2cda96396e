/// What makes a YAML document unusable, at libyaml's 1-based line and column where it has a place.
enum YAMLProblem: Error {
    /// libyaml's description of a mistake (`mapping values are not allowed in this context`), or Yams's words for the
    /// mistakes it found itself (`found undefined alias`, `but found another document`).
    case syntax(String, line: Int, column: Int)
    /// The keys written twice in one mapping, at the first one's first occurrence.
    case duplicateKeys([String], line: Int, column: Int)
    /// Text libyaml refuses to read (a control character).
    case unreadable(String)
    case outOfMemory
}
