/// What a page clsm rendered holds for the link check: the ids links can point at, and the URLs it points to.
///
/// A small tag scanner rather than an HTML parser: it reads HTML that cmark and the theme's templates
/// wrote, where every attribute value is quoted and escaped, and it skips comments, scripts and styles.
/// It runs on every page of every build, so it reads bytes in place and decodes only the values it keeps.
struct HTMLReferences {
    /// Every `id` of the page.
    private(set) var ids: Set<String> = []
    /// Every `href`, `src` and `srcset` URL, in document order, character references decoded.
    private(set) var urls: [String] = []

    /// Keeps only the URLs for which `isKept` is true, in the same order.
    mutating func keepURLs(where isKept: (String) -> Bool) {
        urls = urls.filter(isKept)
    }

    /// The elements whose content is text even when it looks like tags, with the start of their end tag.
    private static let rawTextElements: [(name: StaticString, end: StaticString)] = [
        ("script", "</script"), ("style", "</style"), ("textarea", "</textarea"), ("title", "</title"),
    ]

    /// Scans `html`.
    init(scanning html: String) {
        var text = html
        text.withUTF8 { scan($0) }
    }

    /// Scans `html`, as UTF-8 bytes.
    init(scanning html: [UInt8]) {
        html.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count, let open = HTMLScanner.next(UInt8(ascii: "<"), in: bytes, from: index) {
            index = scanMarkup(bytes, at: open)
        }
    }

    /// Reads the markup starting at `start` (a `<`); returns where to go on.
    private mutating func scanMarkup(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        if HTMLScanner.matches(bytes, at: start, "<!--") {
            return HTMLScanner.find(bytes, "-->", from: start + 4).map { $0 + 3 } ?? bytes.count
        }
        var index = start + 1
        guard index < bytes.count, HTMLScanner.isLetter(bytes[index]) else {
            return HTMLScanner.next(UInt8(ascii: ">"), in: bytes, from: index).map { $0 + 1 } ?? bytes.count
        }
        let nameStart = index
        while index < bytes.count, HTMLScanner.isNameByte(bytes[index]) { index += 1 }
        let name = nameStart..<index
        index = scanAttributes(bytes, from: index)
        for rawText in Self.rawTextElements where HTMLScanner.matches(bytes, name, rawText.name) {
            // Raw text: nothing in it is markup until the element's end tag.
            return HTMLScanner.find(bytes, rawText.end, from: index) ?? bytes.count
        }
        return index
    }

    /// Reads attributes up to the end of the tag; returns the index after its `>`.
    private mutating func scanAttributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if HTMLScanner.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !HTMLScanner.endsAttributeName(bytes[index]) { index += 1 }
            let name = nameStart..<index
            while index < bytes.count, HTMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, HTMLScanner.isSpace(bytes[index]) { index += 1 }
            let (value, end) = HTMLScanner.attributeValue(bytes, at: index)
            index = end
            record(bytes, name: name, value: value)
        }
        return index
    }

    private mutating func record(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, value: Range<Int>) {
        if HTMLScanner.matches(bytes, name, "id") {
            ids.insert(HTMLScanner.decodeReferences(bytes, value))
        } else if HTMLScanner.matches(bytes, name, "href") || HTMLScanner.matches(bytes, name, "src") {
            urls.append(HTMLScanner.decodeReferences(bytes, value))
        } else if HTMLScanner.matches(bytes, name, "srcset") {
            // `a.png 1x, b.png 2x`: the URL is the first word of each candidate.
            for candidate in HTMLScanner.decodeReferences(bytes, value).split(separator: ",") {
                if let url = candidate.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first { urls.append(String(url)) }
            }
        }
    }
}
