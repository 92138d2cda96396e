import Foundation

/// Every value the templates of a layouts folder read, resolved to its full path the way Mustache looks names up:
/// the first part of a name in the innermost section that has it, then outwards (`{{display}}` inside
/// `{{#page.resource}}{{#phone}}` is `page.resource.phone.display`).
///
/// Names are resolved against `known`, the value paths real pages receive (list items marked `[]`). Each layout is
/// followed from the top, through the partials and parent it names, with the sections open where they are named.
struct TemplateReads {
    /// One read: the full path, where it is written, and whether it is written unescaped (`{{{x}}}`, `{{&x}}`).
    struct Read: Hashable {
        let path: String
        let place: String
        let isUnescaped: Bool
    }

    /// The names resolved.
    private(set) var reads: Set<Read> = []
    /// Names that no open section nor the top of the context has wherever their template is followed, with where
    /// they are written (a name found only in some of the sections a partial is named in is resolved).
    var unresolved: [String] {
        attempts.filter { !resolvedPlaces.contains($0.key) }.values.sorted()
    }
    private var attempts: [String: String] = [:]
    private var resolvedPlaces: Set<String> = []

    private let templates: [String: String]
    private let known: Set<String>
    private var visited: Set<String> = []

    /// The reads of every template below `layouts` (`page`, `partials/header`); `items` names the partials rendered once
    /// for a list's items, with the path of the list's items they read (`page.guide.entries[]`).
    init(layouts: String, known: Set<String>, items: [String: String] = [:]) {
        var templates: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: layouts)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache"), let text = try? String(contentsOfFile: layouts + "/" + relative, encoding: .utf8)
            else { continue }
            templates[String(relative.dropLast(".mustache".count))] = text
        }
        self.templates = templates
        self.known = known
        for name in templates.keys.sorted() where !name.hasPrefix("partials/") { follow(name, stack: [""]) }
        // A partial no layout names is read at the top, as a site's layout would name it; an item's, in its item.
        let reached = Set(visited.map { $0.components(separatedBy: "|")[0] })
        for name in templates.keys.sorted() where !reached.contains(name) { follow(name, stack: [""] + (items[name].map { [$0] } ?? [])) }
    }

    /// Reads the template `name` with the contexts of `stack` open (innermost last).
    private mutating func follow(_ name: String, stack: [String]) {
        guard let text = templates[name], stack.count < 16, visited.insert(name + "|" + stack.joined(separator: "|")).inserted else { return }
        var contexts = stack
        for tag in Self.tags(in: text) {
            let place = "\(name).mustache:\(tag.line)"
            switch tag.kind {
            case "!":
                break
            case ">", "<":
                if tag.kind == "<" { contexts.append(contexts.last ?? "") }
                follow(tag.name, stack: contexts)
            case "$":
                contexts.append(contexts.last ?? "")
            case "/":
                if contexts.count > stack.count { contexts.removeLast() }
            case "#", "^":
                let path = resolve(tag.name, in: contexts, place: place)
                if let path { reads.insert(Read(path: path, place: place, isUnescaped: false)) }
                let isList = path.map { list in known.contains { $0.hasPrefix(list + "[]") } } ?? false
                let inner = tag.kind == "^" ? contexts.last ?? "" : path.map { isList ? $0 + "[]" : $0 } ?? ""
                contexts.append(inner)
            default:
                guard tag.name != "." else { continue }
                if let path = resolve(tag.name, in: contexts, place: place) {
                    reads.insert(Read(path: path, place: place, isUnescaped: tag.kind == "{" || tag.kind == "&"))
                }
            }
        }
    }

    /// The full path of `name` read with `contexts` open; nil (recorded as unresolved) when none has its first part.
    private mutating func resolve(_ name: String, in contexts: [String], place: String) -> String? {
        let first = name.components(separatedBy: ".")[0]
        for context in contexts.reversed() {
            let prefix = context.isEmpty ? "" : context + "."
            if known.contains(prefix + first) {
                resolvedPlaces.insert(place + name)
                return prefix + name
            }
        }
        attempts[place + name] = "\(place): `\(name)` inside \(contexts.filter { !$0.isEmpty }.map { "`\($0)`" }.joined(separator: " › "))"
        return nil
    }

    /// The tags of a template: kind (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `{`, `&`, or empty for a plain value), name, line.
    private static func tags(in text: String) -> [(kind: String, name: String, line: Int)] {
        let pattern = /\{\{(\{)?\s*([#^\/><$!&]?)\s*([^}]*?)\s*\}?\}\}/
        var found: [(kind: String, name: String, line: Int)] = []
        var line = 1
        var scanned = text.startIndex
        for match in text.matches(of: pattern) {
            line += text[scanned..<match.range.lowerBound].filter { $0 == "\n" }.count
            scanned = match.range.lowerBound
            let kind = match.output.1 != nil ? "{" : String(match.output.2)
            found.append((kind, String(match.output.3), line))
        }
        return found
    }
}
