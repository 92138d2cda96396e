/// An XML element to write: name, attributes in order, and either text or child elements.
///
/// Every name and value goes through `XMLEscaping.escape`, so a document built from these is well-formed.
struct XMLElement {
    /// The element's name (`entry`, `loc`).
    let name: String
    /// Attributes in the order they are written.
    var attributes: [(name: String, value: String)]
    /// Text content; nil for an element with children or an empty one.
    var text: String?
    /// Child elements.
    var children: [XMLElement]

    /// An element with text, or with children.
    init(_ name: String, _ attributes: [(name: String, value: String)] = [], text: String? = nil, children: [XMLElement] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// The whole document: the XML declaration, then this element as its root, indented, ending with a line break.
    func document() -> String {
        var output = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        write(into: &output, depth: 0)
        return output
    }

    private func write(into output: inout String, depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        output += indent + "<" + name
        for attribute in attributes {
            output += " \(attribute.name)=\"\(XMLEscaping.escape(attribute.value))\""
        }
        if let text {
            output += ">" + XMLEscaping.escape(text) + "</\(name)>\n"
        } else if children.isEmpty {
            output += "/>\n"
        } else {
            output += ">\n"
            for child in children { child.write(into: &output, depth: depth + 1) }
            output += indent + "</\(name)>\n"
        }
    }
}
