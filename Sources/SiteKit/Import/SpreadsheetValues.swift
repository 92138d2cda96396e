/// The cells whose words a spreadsheet writes in French where the front matter has its own values:
/// `Urgence` (`oui`/`non` for `true`/`false`) and `Coût` (`gratuit`… for `free`…). Other values pass as written.
enum SpreadsheetValues {
    private static let words: [String: [(cell: String, value: String)]] = [
        "emergency": [("oui", "true"), ("non", "false")],
        "cost": [("gratuit", "free"), ("sous conditions", "conditional"), ("payant", "paid"), ("adhésion", "membership")],
    ]

    /// The front-matter value of `cell` in the column of `key`.
    static func value(ofCell cell: String, key: String) -> String {
        words[key]?.first { $0.cell == cell.lowercased() }?.value ?? cell
    }

    /// The spreadsheet's own words for the values of `key`, which a message about a cell of its column names.
    static func cells(forKey key: String) -> [String] {
        words[key]?.map(\.cell) ?? []
    }

    /// The cell a spreadsheet shows for `value` of `key`.
    static func cell(ofValue value: String, key: String) -> String {
        words[key]?.first { $0.value == value }?.cell ?? value
    }
}
