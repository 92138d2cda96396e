import Foundation
import SiteKit
import Testing

/// Every document of `Tests/Fixtures/yaml-documents` read into the same nodes, positions and errors as recorded in its
/// `expected.txt` (`CLSM_RECORD=1` rewrites it): the record was made with the reader built on Yams, so this table
/// holds the libyaml event reader to what editors saw before it (but for `case-line-separator-duplicate`, where the
/// old reader crashed: libyaml ends a line at U+2028, the search for the key's second line did not).
@Suite struct YAMLReaderCaseTests {
    static let folder = Fixtures.root + "/yaml-documents"
    /// A budget small enough for the table's documents to cross it: where counting stops matters at its edge.
    static let smallBudget = 12

    @Test func everyDocumentReadsAsRecorded() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(names.count > 50)
        var lines: [String] = []
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
            let text = String(decoding: data, as: UTF8.self)
            lines.append("== \(name)")
            lines += Self.reading(text, with: YAMLReader())
            var small = YAMLReader()
            small.nodeBudget = Self.smallBudget
            lines.append("-- with a budget of \(Self.smallBudget) nodes")
            lines += Self.reading(text, with: small).filter { $0.hasPrefix("x.md:") || $0 == "nil" }
        }
        let actual = lines.joined(separator: "\n") + "\n"
        let golden = Self.folder + "/expected.txt"
        let expected = (try? String(contentsOfFile: golden, encoding: .utf8)) ?? ""
        if Fixtures.isRecording {
            RecordedChanges.print(RecordedChanges.lines(from: expected, to: actual), recording: golden)
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
        } else {
            let changes = RecordedChanges.lines(from: expected, to: actual)
            #expect(changes.isEmpty, "\(changes.prefix(40).joined(separator: "\n"))")
        }
    }

    /// The nodes `reader` makes of `text` (front matter starting on line 2 of `x.md`) and the errors it logs.
    static func reading(_ text: String, with reader: YAMLReader) -> [String] {
        var log = DiagnosticLog()
        var lines: [String] = []
        if let node = reader.read(text, file: "x.md", firstLine: 2, log: &log) {
            describe(node, depth: 0, into: &lines)
        } else {
            lines.append("nil")
        }
        return lines + log.entries.map { $0.line(in: .english) }
    }

    private static func describe(_ node: YAMLNode, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let place = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .scalar(let text, let isQuoted):
            lines.append("\(indent)\(isQuoted ? "quoted" : "plain") \(text.debugDescription) \(place)")
        case .sequence(let items):
            lines.append("\(indent)sequence \(place)")
            for item in items { describe(item, depth: depth + 1, into: &lines) }
        case .mapping(let entries):
            lines.append("\(indent)mapping \(place)")
            for entry in entries {
                lines.append("\(indent)  key \(entry.key.debugDescription) @\(entry.keyLocation.line):\(entry.keyLocation.column)")
                describe(entry.value, depth: depth + 2, into: &lines)
            }
        }
    }
}
