/// The texts `clsm new` writes for the editor to replace: left in, they would be published as they are (and
/// `commune: "À préciser"` would make a page of a commune named so). Each is a warning at its line, an error with
/// `--strict`.
public enum Placeholders {
    /// The value `clsm new` gives to the keys it cannot guess (`commune`).
    public static let unspecified = "À préciser"
    /// The body `clsm new` writes.
    public static let bodyText = "Écrivez ici le texte de la page."

    /// Records a warning for each placeholder left in the front matter's `entries` or in `body`.
    static func check(_ entries: [YAMLEntry], body: String, bodyFirstLine: Int, file: String, log: inout DiagnosticLog) {
        for entry in entries {
            if case .scalar(let text, _) = entry.value.value, holdsOnly(text, unspecified) {
                log.warning(.placeholderLeft(entry.key, unspecified), at: entry.value.location)
            }
        }
        for offset in lineOffsets(in: body, holdingOnly: bodyText) {
            log.warning(.placeholderLeft(nil, bodyText), at: SourceLocation(file: file, line: bodyFirstLine + offset))
        }
    }

    /// Whether `text` is `wanted` between spaces and tabs. Every value of every front matter passes here.
    static func holdsOnly(_ text: String, _ wanted: String) -> Bool {
        guard text.utf8.count >= wanted.utf8.count else { return false }
        var text = text
        return text.withUTF8 { holdsOnly($0[...], wanted) }
    }

    /// The offsets (0 for the first) of the lines of `text` that hold `wanted` and nothing else but spaces and tabs.
    /// Compared as bytes: every page's body passes here, and `String` lines cost more than the rest of its reading.
    static func lineOffsets(in text: String, holdingOnly wanted: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
                holdsOnly(line, wanted) ? offset : nil
            }
        }
    }

    private static func holdsOnly(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ wanted: String) -> Bool {
        var line = line
        while let first = line.first, isBlank(first) { line.removeFirst() }
        while let last = line.last, isBlank(last) { line.removeLast() }
        return line.elementsEqual(wanted.utf8)
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
