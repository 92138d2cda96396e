import CCmark
import Glibc

/// A parsed cmark document, walked and changed in place before rendering. Does not own `root`.
struct MarkdownTree {
    let root: OpaquePointer

    init(root: OpaquePointer) {
        self.root = root
    }

    /// Every node of the tree on entry, in document order.
    func nodes() -> [OpaquePointer] {
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
        for node in nodes() {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let link = MarkdownLink(
                destination: destination,
                isImage: type == CMARK_NODE_IMAGE,
                line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node))
            )
            links.append(link)
            if let replacement = rewrite(link) {
                _ = cmark_node_set_url(node, replacement)
            }
        }
        return links
    }

    /// Gives each heading a unique id by wrapping it in a custom block that writes the tag.
    mutating func identifyHeadings(_ identifier: MarkdownRenderer.HeadingIdentifier) -> [MarkdownHeading] {
        var headings: [MarkdownHeading] = []
        var used: Set<String> = []
        for node in nodes() where cmark_node_get_type(node) == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(node))
            let text = Self.plainText(of: node)
            let proposed = String(identifier(text).unicodeScalars.filter(Self.isIdentifierScalar))
            let id = Self.unique(proposed.isEmpty ? "section" : proposed, among: &used)
            let heading = MarkdownHeading(level: level, text: text, id: id)
            headings.append(heading)
            replaceWithIdentifiedBlock(node, heading: heading)
        }
        return headings
    }

    /// Renders the (changed) tree to HTML.
    func renderHTML(options: Int32, headings: [MarkdownHeading]) -> String {
        guard let rendered = cmark_render_html(root, options) else { return "" }
        defer { free(rendered) }
        var html = String(cString: rendered)
        // cmark writes a custom block's children on lines of their own; a heading reads better on one.
        // Safe mode escapes every `<` of the text, so these tags can only be the ones written here.
        for heading in headings {
            html = html.replacing(Self.openingTag(heading) + "\n", with: Self.openingTag(heading), maxReplacements: 1)
        }
        for level in Set(headings.map(\.level)) {
            html = html.replacing("\n</h\(level)>", with: "</h\(level)>")
        }
        return html
    }

    private static func openingTag(_ heading: MarkdownHeading) -> String {
        "<h\(heading.level) id=\"\(heading.id)\">"
    }

    // cmark cannot put attributes on a heading; a custom block writes the opening and closing
    // tags itself and holds the heading's inline children. The id is made of slug characters only.
    private func replaceWithIdentifiedBlock(_ node: OpaquePointer, heading: MarkdownHeading) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = cmark_node_set_on_enter(block, Self.openingTag(heading))
        _ = cmark_node_set_on_exit(block, "</h\(heading.level)>")
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            _ = cmark_node_append_child(block, child)
        }
        _ = cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }

    private static func unique(_ id: String, among used: inout Set<String>) -> String {
        var candidate = id
        var suffix = 1
        while used.contains(candidate) {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
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
