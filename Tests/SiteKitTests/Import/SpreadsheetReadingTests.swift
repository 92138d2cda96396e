@testable import SiteKit
import Testing

/// How a spreadsheet's CSV is decoded and cut into cells: encodings, separators, quoted cells, stray cells.
@Suite struct SpreadsheetReadingTests {
    private func decoded(_ bytes: [UInt8], _ encoding: SpreadsheetEncoding? = nil) -> (text: String?, errors: [String]) {
        var log = DiagnosticLog()
        let text = SpreadsheetText.decode(bytes, file: "r.csv", encoding: encoding, log: &log)
        return (text, log.sorted.map { $0.line(in: .english) })
    }

    @Test func windows1252IsDetectedWithItsHighCharacters() {
        // « Œuvre » ’ € as a French spreadsheet saves them.
        let bytes: [UInt8] = [0xAB, 0x20, 0x8C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xBB, 0x20, 0x92, 0x20, 0x80, 0x20, 0xE9]
        #expect(decoded(bytes).text == "« Œuvre » ’ € é")
        #expect(decoded(bytes, .windows1252).text == "« Œuvre » ’ € é")
    }

    @Test func utf8IsReadWithOrWithoutItsByteOrderMark() {
        #expect(decoded(Array("Nom;Café".utf8)).text == "Nom;Café")
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array("Nom;Café".utf8)).text == "Nom;Café")
    }

    @Test func namedUTF8ThatIsNotSaysWhere() {
        let result = decoded(Array("Nom\nCaf".utf8) + [0xE9], .utf8)
        #expect(result.text == nil)
        #expect(result.errors == ["r.csv:2:4: error: the file is not valid UTF-8 here; save it as UTF-8, or name its encoding with `--encoding windows-1252`"])
    }

    @Test func aNulByteIsRefused() {
        #expect(decoded([0x41, 0x0A, 0x42, 0x00]).errors == ["r.csv:2:2: error: the file contains a NUL byte; save it again as CSV text"])
    }

    @Test func theSeparatorIsTheOneTheHeadingRowHasMoreOf() {
        #expect(SpreadsheetTable.separator(of: "Nom;Adresse;Commune\n\"a,b,c,d\";x;y") == ";")
        #expect(SpreadsheetTable.separator(of: "Nom,Adresse\n;;;;") == ",")
        #expect(SpreadsheetTable.separator(of: "\"Nom;A\",Commune,Site\n") == ",")
    }

    @Test func rowsAreNumberedAsTheSpreadsheetShowsThemAndQuotedCellsKeepTheirSeparatorsAndLines() throws {
        var log = DiagnosticLog()
        let text = "Nom;Horaires\r\nA;\"Mo 09:00-12:00; Tu 14:00-16:00\"\r\n;\r\nB;\"deux\r\nlignes\"\r\nC\r\n"
        let table = try #require(SpreadsheetTable.read(text, file: "r.csv", log: &log))
        #expect(log.entries.isEmpty)
        #expect(table.headings == ["Nom", "Horaires"])
        #expect(table.rows.map(\.number) == [2, 4, 5])
        #expect(table.rows.map(\.cells) == [["A", "Mo 09:00-12:00; Tu 14:00-16:00"], ["B", "deux\nlignes"], ["C", ""]])
    }

    @Test func aCellBeyondTheHeadingsIsAnErrorAtIt() {
        var log = DiagnosticLog()
        _ = SpreadsheetTable.read("Nom;Commune\nA;Metz;;oups\n", file: "r.csv", log: &log)
        #expect(log.sorted.map { $0.line(in: .english) } == ["r.csv:2:4: error: this cell has no heading: the heading row has 2 columns"])
    }

    @Test func aFileWithoutHeadingsIsRefused() {
        var log = DiagnosticLog()
        #expect(SpreadsheetTable.read(";;\n", file: "r.csv", log: &log) == nil)
        #expect(log.sorted.map { $0.line(in: .english) } == [
            "r.csv:1:1: error: the file has no heading row: its first line names the columns (« Nom », « Catégorie », « Commune »…)"])
    }

    @Test func quotedYAMLReadsBackAsTheSameText() throws {
        for text in ["a \"b\" \\ c", "deux\nlignes\ttab", "contrôle \u{1} \u{85}", "« l’Œuvre » : # pas un commentaire", ""] {
            var log = DiagnosticLog()
            let node = try #require(YAMLReader().read("k: " + YAMLQuoting.quoted(text), file: "x", firstLine: 1, log: &log))
            guard case .scalar(let value, _)? = node["k"]?.value.value else {
                Issue.record("no scalar for \(text)")
                continue
            }
            #expect(value == text)
        }
    }
}
