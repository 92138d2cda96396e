import Foundation

/// The template values `docs/themes.md` documents, read from the tables of its part « Template values ».
///
/// Each `###` heading of that part says to which pages its table applies: `Every template`, `Every content page`,
/// `Every generated page`, `Layout `x`` (or `Layout `x`, `y``), or defines a shape reused by several values
/// (`Shape `event``). Each row starts with a value in backticks: `page.title`, a list's items as `page.children[].url`,
/// a value with the keys of a shape as `page.event → event` (a row `→ event` of a shape takes in every key of `event`),
/// and every key below a value as `site.params.*`. A row whose text starts with **HTML** is a value the theme may
/// write unescaped.
struct DocumentedValues {
    /// One documented value.
    struct Row: Hashable {
        /// `page.children[].url`; empty for a row that takes in a whole shape.
        let path: String
        /// The shape whose keys are under `path`.
        let shape: String?
        /// `site.params.*`: every key below `path`.
        let isWildcard: Bool
        /// Documented as HTML that clsm produced, written with `{{{…}}}`.
        let isHTML: Bool
        /// Its line in the document.
        let line: Int
    }

    /// To which pages a table applies.
    enum Scope: Hashable {
        case everyTemplate, contentPages, generatedPages
        case layout(String)
    }

    /// The rows of each scope.
    private(set) var scopes: [Scope: [Row]] = [:]
    /// The rows of each shape, by name.
    private(set) var shapes: [String: [Row]] = [:]
    /// Headings of the part that name no scope nor shape, with their line: mistakes in the document.
    private(set) var unknownHeadings: [String] = []

    /// Reads the part « Template values » of the Markdown `text`.
    init(markdown text: String) {
        var inPart = false
        var targets: [Scope] = []
        var shape: String?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("## ") {
                inPart = line == "## Template values"
                targets = []
                shape = nil
            } else if inPart, line.hasPrefix("### ") {
                (targets, shape) = Self.target(of: String(line.dropFirst(4)))
                if targets.isEmpty && shape == nil { unknownHeadings.append("line \(index + 1): \(line)") }
            } else if inPart, let row = Self.row(line, number: index + 1) {
                if let shape { shapes[shape, default: []].append(row) }
                for scope in targets { scopes[scope, default: []].append(row) }
            }
        }
    }

    /// Every row of the document.
    var allRows: [Row] {
        scopes.values.flatMap { $0 } + shapes.values.flatMap { $0 }
    }

    /// The rows that apply to a page laid out by `layout`.
    func rows(forLayout layout: String, isGenerated: Bool) -> [Row] {
        (scopes[.everyTemplate] ?? []) + (scopes[isGenerated ? .generatedPages : .contentPages] ?? []) + (scopes[.layout(layout)] ?? [])
    }

    /// How `path` (list items marked `[]`) is documented among `rows`: the rows it is exactly, empty when it is
    /// only a group above documented values, nil when it is not documented at all.
    func match(_ path: String, among rows: [Row], depth: Int = 0) -> Set<Row>? {
        guard depth < 32 else { return nil }
        var hits: Set<Row> = []
        var isAbove = false
        for row in rows {
            let rowPath = row.path.hasSuffix("[]") ? String(row.path.dropLast(2)) : row.path
            if row.isWildcard {
                if path == rowPath || path.hasPrefix(rowPath + ".") { hits.insert(row) }
                continue
            }
            if !rowPath.isEmpty && path == rowPath {
                hits.insert(row)
            } else if !rowPath.isEmpty && (rowPath.hasPrefix(path + ".") || rowPath.hasPrefix(path + "[]")) {
                isAbove = true
            }
            guard let shape = row.shape, let shapeRows = shapes[shape] else { continue }
            let rest: String?
            if row.path.isEmpty {
                rest = path
            } else if path.hasPrefix(row.path + ".") {
                rest = String(path.dropFirst(row.path.count + 1))
            } else {
                rest = nil
            }
            if let rest, let inner = match(rest, among: shapeRows, depth: depth + 1) {
                hits.formUnion(inner)
                isAbove = isAbove || inner.isEmpty
            }
        }
        return hits.isEmpty && !isAbove ? nil : hits
    }

    /// The scopes or the shape a heading names.
    private static func target(of heading: String) -> ([Scope], String?) {
        let names = codeSpans(in: heading)
        switch heading {
        case "Every template": return ([.everyTemplate], nil)
        case "Every content page": return ([.contentPages], nil)
        case "Every generated page": return ([.generatedPages], nil)
        default: break
        }
        if heading.hasPrefix("Shape "), names.count == 1 { return ([], names[0]) }
        if heading.hasPrefix("Layout "), !names.isEmpty { return (names.map(Scope.layout), nil) }
        return ([], nil)
    }

    /// A table row whose first cell is one value in backticks.
    private static func row(_ line: String, number: Int) -> Row? {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 3, cells[0].isEmpty, let first = cells.dropFirst().first,
              first.hasPrefix("`"), first.hasSuffix("`"), first.count > 2 else { return nil }
        let code = String(first.dropFirst().dropLast())
        let parts = code.components(separatedBy: "→").map { $0.trimmingCharacters(in: .whitespaces) }
        let path = parts[0]
        let isWildcard = path.hasSuffix(".*")
        return Row(path: isWildcard ? String(path.dropLast(2)) : path, shape: parts.count > 1 ? parts[1] : nil,
                   isWildcard: isWildcard, isHTML: cells[2].hasPrefix("**HTML**"), line: number)
    }

    /// The texts between backticks.
    private static func codeSpans(in text: String) -> [String] {
        text.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }
}
