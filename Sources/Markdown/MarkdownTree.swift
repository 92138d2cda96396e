import CCmark
import Glibc

/// A parsed cmark document, walked and changed in place before rendering. Does not own `root`.
struct MarkdownTree {
    let root: OpaquePointer
    /// Every node of the tree on entry, in document order: walked once, as only links' URLs change afterwards.
    private let nodes: [OpaquePointer]

    init(root: OpaquePointer) {
        self.root = root
        nodes = Self.nodes(of: root)
    }

    private static func nodes(of root: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(node)
            }
        }
        return result
    }

    /// Collects link and image destinations and replaces those `rewrite` maps to another one.
    mutating func rewriteLinks(_ rewrite: MarkdownRenderer.LinkRewriter) -> [MarkdownLink] {
        var links: [MarkdownLink] = []
        for node in nodes {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let isImage = type == CMARK_NODE_IMAGE
            let link = MarkdownLink(
                destination: destination,
                isImage: isImage,
                line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node)),
                lacksAlternative: isImage && !Self.markDecorative(node)
                    && Self.plainText(of: node).allSatisfy { $0.isWhitespace }
            )
            links.append(link)
            if let replacement = rewrite(link) {
                _ = cmark_node_set_url(node, replacement)
            }
        }
        return links
    }

    /// The titles that mark an image decorative: `![](frise.png "décorative")`, with or without its accent.
    static let decorativeTitles: Set<String> = ["décorative", "decorative"]

    /// Whether the image `node` is marked decorative by its title; if so, its title and text are removed, so that cmark
    /// writes `alt=""` and no `title`, which assistive technologies read as an image to pass over.
    private static func markDecorative(_ node: OpaquePointer) -> Bool {
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        guard decorativeTitles.contains(title.lowercased()) else { return false }
        _ = cmark_node_set_title(node, "")
        while let child = cmark_node_first_child(node) {
            cmark_node_free(child)
        }
        return true
    }

    /// The headings in document order, each with a unique id made of slug characters only, none of `reserved`.
    func identifyHeadings(_ identifier: MarkdownRenderer.HeadingIdentifier, reserved: Set<String>) -> [MarkdownHeading] {
        var headings: [MarkdownHeading] = []
        var ids = HeadingIdentifiers(reserved: reserved)
        for node in nodes where cmark_node_get_type(node) == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(node))
            let text = Self.plainText(of: node)
            let given = identifier(text)
            // The slugs clsm gives hold only such scalars: filtered, they are given back.
            let filtered = given.unicodeScalars.allSatisfy(Self.isIdentifierScalar)
                ? given : String(given.unicodeScalars.filter(Self.isIdentifierScalar))
            let proposed = filtered.isEmpty ? "section" : filtered
            let id = ids.unique(proposed)
            headings.append(MarkdownHeading(level: level, text: text, id: id, line: Int(cmark_node_get_start_line(node)),
                                            reservedID: id != proposed && reserved.contains(proposed) ? proposed : nil))
        }
        return headings
    }

    /// Renders the tree to HTML, each heading's opening tag given its id.
    func renderHTML(options: Int32, headings: [MarkdownHeading]) -> String {
        guard let rendered = cmark_render_html(root, options) else { return "" }
        defer { free(rendered) }
        let length = strlen(rendered)
        return rendered.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
            Self.addingIDs(to: UnsafeBufferPointer(start: pointer, count: length), headings: headings)
        }
    }

    // cmark cannot put attributes on a tag. It writes each heading as a bare `<h1>`…`<h6>`, in document order,
    // and safe mode escapes every `<` of the text: those bare tags are the headings, so one pass names them.
    private static func addingIDs(to html: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(html.count + headings.count * 24)
        var copied = 0
        var searched = 0
        for heading in headings {
            guard let tag = bareHeadingTag(in: html, from: searched) else { break }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<tag]))
            result.append(contentsOf: "<h\(heading.level) id=\"\(heading.id)\">".utf8)
            copied = tag + 4
            searched = copied
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied...]))
        return String(decoding: result, as: UTF8.self)
    }

    /// Where the next `<h1>`…`<h6>` starts at or after `start`, if any.
    private static func bareHeadingTag(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = html.baseAddress else { return nil }
        var index = start
        while index + 3 < html.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), html.count - index) else { return nil }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 3 < html.count, html[index + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[index + 2]), html[index + 3] == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }

    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
