/// What a page clsm rendered holds for the link check: the ids links can point at, and the URLs it points to.
///
/// A small tag scanner rather than an HTML parser: it reads HTML that cmark and the theme's templates
/// wrote, where every attribute value is quoted and escaped, and it skips comments, scripts and styles.
struct HTMLReferences {
    /// Every `id` of the page.
    private(set) var ids: Set<String> = []
    /// Every `href`, `src` and `srcset` URL, in document order, character references decoded.
    private(set) var urls: [String] = []

    /// Scans `html`.
    init(scanning html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = scanMarkup(bytes, at: open)
        }
    }

    /// Reads the markup starting at `start` (a `<`); returns where to go on.
    private mutating func scanMarkup(_ bytes: [UInt8], at start: Int) -> Int {
        if Self.matches(bytes, at: start, "<!--") {
            return Self.find(bytes, "-->", from: start + 4).map { $0 + 3 } ?? bytes.count
        }
        var index = start + 1
        guard index < bytes.count, HTMLScanner.isLetter(bytes[index]) else {
            return bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
        }
        let nameStart = index
        while index < bytes.count, HTMLScanner.isNameByte(bytes[index]) { index += 1 }
        let name = HTMLScanner.lowercased(bytes[nameStart..<index])
        index = scanAttributes(bytes, from: index)
        if ["script", "style", "textarea", "title"].contains(name) {
            // Raw text: nothing in it is markup until the element's end tag.
            return Self.find(bytes, "</" + name, from: index) ?? bytes.count
        }
        return index
    }

    /// Reads attributes up to the end of the tag; returns the index after its `>`.
    private mutating func scanAttributes(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if HTMLScanner.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !HTMLScanner.isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
            let name = HTMLScanner.lowercased(bytes[nameStart..<index])
            while index < bytes.count, HTMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, HTMLScanner.isSpace(bytes[index]) { index += 1 }
            let (value, end) = HTMLScanner.attributeValue(bytes, at: index)
            index = end
            record(name, HTMLScanner.decodeReferences(value))
        }
        return index
    }

    private mutating func record(_ attribute: String, _ value: String) {
        switch attribute {
        case "id": ids.insert(value)
        case "href", "src": urls.append(value)
        case "srcset":
            // `a.png 1x, b.png 2x`: the URL is the first word of each candidate.
            for candidate in value.split(separator: ",") {
                if let url = candidate.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first { urls.append(String(url)) }
            }
        default: break
        }
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    /// The index where `text` next starts (ASCII letters matched in any case), nil when it does not occur.
    private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
        let pattern = text.utf8.map(HTMLScanner.foldCase)
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if HTMLScanner.foldCase(bytes[index]) == first,
               zip(bytes[index..<index + pattern.count], pattern).allSatisfy({ HTMLScanner.foldCase($0) == $1 }) {
                return index
            }
            index += 1
        }
        return nil
    }
}
