import CSV
import Foundation

/// A CSV file read as a spreadsheet shows it: a heading row, then numbered rows of cells.
struct SpreadsheetTable {
    /// One row below the headings.
    struct Row {
        /// Its number in the spreadsheet: the heading row is 1.
        let number: Int
        /// Its cells, one per heading (missing ones empty).
        let cells: [String]
    }

    /// The file's name in messages.
    let file: String
    /// The cells of the first row, trimmed.
    let headings: [String]
    /// The rows that have at least one cell, in order.
    let rows: [Row]

    /// The table of `text`, cells separated by `;` or `,` (whichever the heading row has more of);
    /// nil with the reason in `log` when there is no heading row.
    static func read(_ text: String, file: String, log: inout DiagnosticLog) -> SpreadsheetTable? {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: separator(of: text))
        } catch {
            log.error(.notCSV("\(error)"), at: SourceLocation(file: file))
            return nil
        }
        guard let headingRow = reader.next(), headingRow.contains(where: { !$0.trimmingSpaces.isEmpty }) else {
            log.error(.noHeadingRow(),
                      at: SourceLocation(file: file))
            return nil
        }
        let headings = headingRow.map(\.trimmingSpaces)
        var rows: [Row] = []
        var number = 1
        while let cells = reader.next() {
            number += 1
            guard cells.contains(where: { !$0.trimmingSpaces.isEmpty }) else { continue }
            let extra = cells.dropFirst(headings.count)
            if let index = extra.firstIndex(where: { !$0.trimmingSpaces.isEmpty }) {
                log.error(.cellWithoutHeading(columns: headings.count),
                          at: SourceLocation(file: file, line: number, column: index + 1))
            }
            // A cell on several lines keeps `\n` line ends, as content files have.
            let cells = cells.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
            let padded = Array(cells.prefix(headings.count)) + Array(repeating: "", count: max(0, headings.count - cells.count))
            rows.append(Row(number: number, cells: padded))
        }
        return SpreadsheetTable(file: file, headings: headings, rows: rows)
    }

    /// `;` when the first line has at least as many semicolons as commas outside quotes, else `,`.
    static func separator(of text: String) -> Unicode.Scalar {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted.toggle()
            case ";" where !quoted: semicolons += 1
            case "," where !quoted: commas += 1
            case "\n" where !quoted, "\r" where !quoted: return semicolons >= commas ? ";" : ","
            default: break
            }
        }
        return semicolons >= commas ? ";" : ","
    }
}
