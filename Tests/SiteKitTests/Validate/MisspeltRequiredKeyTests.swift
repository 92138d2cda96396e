@testable import SiteKit
import Testing

/// A required key that is missing while a key no reader knows looks like it (`comune:`) is one error at that key, not a
/// missing key at the top of the file plus an unknown key.
@Suite struct MisspeltRequiredKeyTests {
    private func messages(_ keys: [String]) -> [String] {
        let entries = keys.enumerated().map { index, key in
            let location = SourceLocation(file: "content/agenda/a.md", line: index + 2, column: 1)
            return YAMLEntry(key: key, keyLocation: location, value: YAMLNode(.scalar("Woippy", isQuoted: false), at: location.moved(line: location.line, column: key.count + 3)))
        }
        var fields = FieldReader(entries, at: SourceLocation(file: "content/agenda/a.md", line: 1, column: 1))
        var log = DiagnosticLog()
        _ = fields.text("title", log: &log)
        _ = fields.text("commune", required: true, log: &log)
        fields.warnAboutUnknownKeys(log: &log, context: .frontMatter(of: .event))
        return log.sorted.map { "\($0.location.line): \($0.severity) " + $0.message.english }
    }

    @Test func aMisspeltRequiredKeyIsOneErrorAtItsLine() {
        #expect(messages(["title", "comune"]) == ["3: error misspelt key `comune`: write `commune`, a required key that is missing"])
        #expect(messages(["title", "Commune"]) == ["3: error misspelt key `Commune`: write `commune`, a required key that is missing"])
        // Its French name too.
        #expect(messages(["title", "ville"]) == ["3: error misspelt key `ville`: write `commune`, a required key that is missing"])
    }

    @Test func aRequiredKeyMissingWithNothingLikeItIsMissing() {
        #expect(messages(["title", "lieu"]) == [
            "1: error missing required key `commune`", "3: warning unknown key `lieu` in an event front matter"])
    }

    @Test func aKnownKeyIsNeverTakenForAMisspeltOne() {
        // `title` is a known key of the file, read before: it is not `commune` misspelt, whatever its distance.
        #expect(messages(["title"]) == ["1: error missing required key `commune`"])
    }
}
