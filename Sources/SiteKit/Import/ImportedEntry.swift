import FrenchText

/// One row of a spreadsheet as the front matter of a guide entry, each line of it tied to the column it came from.
struct ImportedEntry {
    /// The first line of the front matter of every file `clsm import` writes: how a later import knows its own files.
    static let marker = "# Importé par clsm import"

    /// The row.
    let row: SpreadsheetTable.Row
    /// The file name without `.md`: the `slug` column, else the slug of the title; empty when neither gives one.
    let slug: String
    /// The front matter's lines, the marker first, each ending with a line break.
    let frontMatter: String
    /// The column (0-based) each line of the file comes from, by line number (the opening `---` is line 1).
    let columnOfLine: [Int: Int]
    /// The column of the title, where problems of the whole row are reported.
    let titleColumn: Int
    /// The key each column fills.
    let keyOfColumn: [Int: String]
    /// The line of each key written.
    let lineOfKey: [String: Int]
    /// The value of each key written, as the front matter holds it.
    let values: [String: String]

    /// The entry of `row`, whose columns fill `keys` (nil: not imported), read from the spreadsheet `source`.
    init(row: SpreadsheetTable.Row, keys: [String?], source: String) {
        self.row = row
        var lines = ["\(Self.marker) de \(source) : ces clés sont remplacées à chaque import ; le texte sous la deuxième ligne --- reste le vôtre."]
        var columnOfLine: [Int: Int] = [:]
        var lineOfKey: [String: Int] = [:]
        var keyOfColumn: [Int: String] = [:]
        var values: [String: String] = [:]
        var title = ""
        var slug = ""
        var titleColumn = 0
        for (column, key) in keys.enumerated() {
            guard let key else { continue }
            keyOfColumn[column] = key
            let cell = row.cells[column].trimmingSpaces
            if key == "title" { (title, titleColumn) = (cell, column) }
            if key == "slug" { slug = cell }
            // A required key is written even empty, so that its problem is reported at its cell.
            guard !cell.isEmpty || ImportColumns.requiredKeys.contains(key) else { continue }
            let yaml: String
            if ImportColumns.listKeys.contains(key) {
                let items = cell.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                yaml = "[" + items.map(YAMLQuoting.quoted).joined(separator: ", ") + "]"
            } else {
                values[key] = SpreadsheetValues.value(ofCell: cell, key: key)
                yaml = YAMLQuoting.quoted(values[key] ?? cell)
            }
            lines.append("\(key): \(yaml)")
            columnOfLine[lines.count + 1] = column
            lineOfKey[key] = lines.count + 1
        }
        self.slug = slug.isEmpty ? Slug.make(from: title) : slug
        self.frontMatter = lines.map { $0 + "\n" }.joined()
        self.columnOfLine = columnOfLine
        self.titleColumn = titleColumn
        self.lineOfKey = lineOfKey
        self.keyOfColumn = keyOfColumn
        self.values = values
    }

    /// The whole file, with `body` after the front matter.
    func text(body: String) -> String {
        "---\n" + frontMatter + "---\n" + body
    }

    /// True when `frontMatter` (of a file on disk) was written by `clsm import`.
    static func isImported(frontMatter: String) -> Bool {
        frontMatter.hasPrefix(marker)
    }
}
