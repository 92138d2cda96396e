import Templates

/// The partials a page's layout includes that read nothing of the page (the header, the footer), rendered once per
/// menu state instead of once per page, with the text `{{>partial}}` would give.
///
/// A page's template receives `site`, `page` and `t`; in `site` only the menu changes from page to page. A partial
/// that never names `page` thus renders the same text on every page with the same menu, when it is included where the
/// context is the page's own: outside any section of a template rendered as the page. The loader rewrites such an
/// inclusion, alone on its line, to `{{{key}}}`, a value of the page holding the partial rendered for its menu.
/// Rewritten templates may have fewer lines: their syntax errors are reported from the text as written.
struct SiteWidePartials: Sendable {
    /// The value standing for each partial rendered once, by the partial's name.
    let keys: [String: String]
    /// The templates' text, those inclusions rewritten.
    let sources: [String: String]

    /// The prefix of the values standing for partials: `-` keeps them apart from the names of the template values.
    static let keyPrefix = "-site-wide-"

    /// Finds among `sources` (template text by name, with `tags`, the tags of each) the partials to render once, and
    /// rewrites their inclusions.
    init(sources: [String: String], tags: [String: [TemplateTagInfo]]) {
        let dynamic = tags.values.joined().contains { $0.sigil == ">" && $0.name.hasPrefix("*") }
        let pages = dynamic ? [] : sources.keys.filter { Self.isRenderedAsPage($0, tags: tags) }
        var inclusions: [String: [Int: String]] = [:]
        for name in pages {
            guard let source = sources[name], let list = tags[name] else { continue }
            inclusions[name] = Self.inclusionsAlone(in: source, tags: list)
        }
        var analysis = SiteWideAnalysis(tags: tags)
        let siteWide = Set(inclusions.values.flatMap(\.values)).filter { analysis.readsNothingOfPage($0) }
        let candidates = Dictionary(uniqueKeysWithValues: siteWide.sorted().enumerated().map { ($1, Self.keyPrefix + String($0)) })
        var rewritten = sources
        var shown: Set<String> = []
        for (name, lines) in inclusions {
            guard let source = sources[name] else { continue }
            let result = Self.rewrite(source, inclusions: lines, tags: tags[name] ?? [], keys: candidates)
            rewritten[name] = result.text
            shown.formUnion(result.partials)
        }
        // Only partials shown get a value: a page's values hold no item for an inclusion the rewrite had to leave.
        self.keys = candidates.filter { shown.contains($0.key) }
        self.sources = rewritten
    }

    /// `source` with each inclusion line among `inclusions` (partial by line, from 1) as `{{{key}}}` joined to the next
    /// line, when that line has no tag Mustache could take as standing alone (whose line it would leave out) or is an
    /// inclusion joined in turn: Mustache leaves out an inclusion's line, break included, and shows the partial's text.
    /// Only partials with a key among `keys` are rewritten; it also gives those it rewrote.
    private static func rewrite(_ source: String, inclusions: [Int: String], tags: [TemplateTagInfo],
                                keys: [String: String]) -> (text: String, partials: Set<String>) {
        let tagsByLine = Dictionary(grouping: tags, by: \.line)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var joinsNext = Set<Int>()
        var partials: Set<String> = []
        for line in inclusions.keys.sorted(by: >) {
            guard let partial = inclusions[line], let key = keys[partial] else { continue }
            let next = line < lines.count ? lines[line] : nil
            let nextIsPlain = next.map { Self.showsValuesOnly($0, tags: tagsByLine[line + 1] ?? []) } ?? true
            guard nextIsPlain || joinsNext.contains(line + 1) else { continue }
            lines[line - 1] = "{{{" + key + "}}}"
            joinsNext.insert(line)
            partials.insert(partial)
        }
        var text = ""
        for (index, line) in lines.enumerated() {
            text += line
            if index < lines.count - 1 && !joinsNext.contains(index + 1) { text += "\n" }
        }
        return (text, partials)
    }

    /// Whether every tag of `line` (those that start on it: `tags`) shows a value (`{{x}}`, `{{{x}}}`, `{{&x}}`): none
    /// starts on it to end on another.
    private static func showsValuesOnly(_ line: String, tags: [TemplateTagInfo]) -> Bool {
        tags.count == line.components(separatedBy: "{{").count - 1 && tags.allSatisfy { [nil, "{", "&"].contains($0.sigil) }
    }

    /// Whether the template `name` is only ever rendered with a page's own context: not a partial (those of
    /// `partials/` may be rendered alone with other values, as a guide entry's list item is), no template includes it
    /// as a partial, nor as a parent inside a section.
    private static func isRenderedAsPage(_ name: String, tags: [String: [TemplateTagInfo]]) -> Bool {
        !name.hasPrefix("partials/") && !tags.values.contains { list in
            list.contains { tag in tag.name == name && (tag.sigil == ">" || (tag.sigil == "<" && tag.sections > 0)) }
        }
    }

    /// The partials `source` includes alone on a line outside any `{{#…}}` section, by line (from 1); none when it
    /// changes delimiters (its tags are then not all `{{…}}`).
    private static func inclusionsAlone(in source: String, tags: [TemplateTagInfo]) -> [Int: String] {
        guard !tags.contains(where: { $0.sigil == "=" }) else { return [:] }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [Int: String] = [:]
        for tag in tags where tag.sigil == ">" && tag.sections == 0 && tag.line <= lines.count {
            let line = lines[tag.line - 1]
            let isAlone = line.hasPrefix("{{>") && line.hasSuffix("}}") && line.components(separatedBy: "{{").count == 2
                && line.components(separatedBy: "}}").count == 2
            if isAlone { found[tag.line] = tag.name }
        }
        return found
    }
}

/// Which partials read nothing of the page, following the partials they include.
private struct SiteWideAnalysis {
    let tags: [String: [TemplateTagInfo]]
    private var known: [String: Bool] = [:]

    init(tags: [String: [TemplateTagInfo]]) {
        self.tags = tags
    }

    /// True when the partial `name` and every partial it includes name no `page` value, show no `{{.}}` outside a
    /// `{{#…}}` section, and have no block, parent or change of delimiters.
    mutating func readsNothingOfPage(_ name: String) -> Bool {
        if let answer = known[name] { return answer }
        // A partial that includes itself is not rendered once: false while it is being looked at.
        known[name] = false
        guard let list = tags[name] else { return false }
        var answer = true
        for tag in list where answer && tag.sigil != "!" {
            switch tag.sigil {
            case "=", "$", "<":
                answer = false
            case ">":
                answer = readsNothingOfPage(tag.name)
            default:
                let components = tag.name.split { $0 == "." || $0 == "(" || $0 == ")" }
                answer = !components.contains("page") && !(tag.name == "." && tag.sections == 0)
            }
        }
        known[name] = answer
        return answer
    }
}
