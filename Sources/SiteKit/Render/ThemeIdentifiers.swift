import Templates

/// The `id` attributes a theme's layouts write as they are (`<main id="contenu">`, `id="numeros-urgence"`): a heading of
/// a page's text must not take one, or the skip link and the theme's own anchors would lead to the heading.
enum ThemeIdentifiers {
    /// For each template of `sources` (text by name), the literal ids of the page it lays out: its own, and those of the
    /// partials and parents it includes (`tags`, each template's tags), at any depth.
    static func reserved(byTemplate sources: [String: String], tags: [String: [TemplateTagInfo]]) -> [String: Set<String>] {
        let own = sources.mapValues { reserved(in: [$0]) }
        var closure: [String: Set<String>] = [:]
        for name in sources.keys {
            var found: Set<String> = []
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                found.formUnion(own[next] ?? [])
                for tag in tags[next] ?? [] where (tag.sigil == ">" || tag.sigil == "<") && seen.insert(tag.name).inserted {
                    pending.append(tag.name)
                }
            }
            closure[name] = found
        }
        return closure
    }

    /// Every literal value of an `id="…"` or `id='…'` attribute in `sources` (template text by name); values built from
    /// template tags are left out, since they are not known before rendering.
    static func reserved(in sources: some Sequence<String>) -> Set<String> {
        var found: Set<String> = []
        for source in sources {
            let bytes = Array(source.utf8)
            var index = 0
            while index + 4 < bytes.count {
                defer { index += 1 }
                guard bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "d"), bytes[index + 2] == UInt8(ascii: "="),
                      index > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]) else { continue }
                let quote = bytes[index + 3]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
                let start = index + 4
                guard let end = bytes[start...].firstIndex(of: quote) else { continue }
                let value = bytes[start..<end]
                if !value.isEmpty, !value.contains(UInt8(ascii: "{")) {
                    found.insert(String(decoding: value, as: UTF8.self))
                }
                index = end
            }
        }
        return found
    }
}
