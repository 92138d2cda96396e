/// What a browser could run in the HTML of cmark's safe mode, found on bytes: String searches compare
/// Characters, and `<script` followed by a combining mark is not a match to them, though it is a tag.
enum LiveMarkup {
    /// The tags cmark writes, and clsm's heading ids.
    private static let tags: Set<[UInt8]> = Set(["p", "blockquote", "ul", "ol", "li", "pre", "code", "h1", "h2", "h3", "h4",
                                                 "h5", "h6", "hr", "br", "em", "strong", "a", "img"].map { Array($0.utf8) })
    private static let attributes: Set<[UInt8]> = Set(["href", "src", "alt", "title", "id", "class", "start"].map { Array($0.utf8) })
    /// What safe mode writes instead of raw HTML.
    private static let omitted = Array("<!-- raw HTML omitted -->".utf8)

    /// The first thing in `html` that is not cmark's own markup or that could run code; nil when there is none.
    static func problem(in html: [UInt8]) -> String? {
        var index = 0
        while let open = html[index...].firstIndex(of: UInt8(ascii: "<")) {
            if html[open...].starts(with: omitted) {
                index = open + omitted.count
                continue
            }
            // cmark writes `>` in text and attribute values as an entity: the first one closes the tag.
            guard let close = html[open...].firstIndex(of: UInt8(ascii: ">")) else { return "a tag left open" }
            if let problem = problem(inTag: Array(html[(open + 1)..<close])) { return problem }
            index = close + 1
        }
        return nil
    }

    /// `tag` is what stands between `<` and `>`: `/p`, `a href="…" title="…"`, `img src="…" alt="…" /`.
    private static func problem(inTag tag: [UInt8]) -> String? {
        var index = tag.first == UInt8(ascii: "/") ? 1 : 0
        let name = word(in: tag, from: &index)
        guard tags.contains(name) else { return "the tag <\(String(decoding: name, as: UTF8.self))>" }
        while index < tag.count {
            if tag[index] == UInt8(ascii: " ") || tag[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let attribute = word(in: tag, from: &index)
            guard attributes.contains(attribute), tag[index...].starts(with: Array("=\"".utf8)),
                  let end = tag[(index + 2)...].firstIndex(of: UInt8(ascii: "\"")) else {
                return "the attribute \(String(decoding: attribute, as: UTF8.self)) of <\(String(decoding: name, as: UTF8.self))>"
            }
            if attribute == Array("href".utf8) || attribute == Array("src".utf8), let scheme = runningScheme(tag[(index + 2)..<end]) {
                return "a \(scheme) address"
            }
            index = end + 1
        }
        return nil
    }

    private static func word(in bytes: [UInt8], from index: inout Int) -> [UInt8] {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[index]) || (0x61...0x7A).contains(bytes[index]) {
            index += 1
        }
        return Array(bytes[start..<index])
    }

    /// The scheme of an attribute value when it is one safe mode blanks, read as a browser reads it: the entities
    /// cmark writes in addresses decoded, controls and spaces around dropped, tabs and line breaks dropped anywhere.
    private static func runningScheme(_ value: ArraySlice<UInt8>) -> String? {
        var bytes = decoded(value)
        bytes = Array(bytes.drop { $0 <= 0x20 }.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, isLetter(first),
              bytes[..<colon].allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || "+-.".utf8.contains($0) }) else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        let rest = String(decoding: bytes[(colon + 1)...], as: UTF8.self).lowercased()
        if ["javascript", "vbscript", "file"].contains(scheme) { return scheme }
        if scheme == "data", !["image/png", "image/gif", "image/jpeg", "image/webp"].contains(where: rest.hasPrefix) { return scheme }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `&amp;` and `&#x27;`, the entities cmark writes in an address, decoded.
    private static func decoded(_ value: ArraySlice<UInt8>) -> [UInt8] {
        let entities: [(written: [UInt8], byte: UInt8)] = [(Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&#x27;".utf8), UInt8(ascii: "'"))]
        var result: [UInt8] = []
        var index = value.startIndex
        while index < value.endIndex {
            if let entity = entities.first(where: { value[index...].starts(with: $0.written) }) {
                result.append(entity.byte)
                index += entity.written.count
            } else {
                result.append(value[index])
                index += 1
            }
        }
        return result
    }
}
