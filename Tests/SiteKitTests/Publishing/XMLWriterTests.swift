import Foundation
import FoundationXML
@testable import SiteKit
import Testing

/// The one escaping function every XML file goes through, checked against a real XML parser.
@Suite struct XMLWriterTests {
    @Test(arguments: [
        ("a & b", "a &amp; b"), ("<script>", "&lt;script&gt;"), ("\"l'été\"", "&quot;l&#39;été&quot;"),
        ("]]>", "]]&gt;"), ("tab\tand\nline", "tab\tand\nline"), ("bell\u{7}\u{0}\u{1F}", "bell"), ("\u{FFFE}\u{FFFF}ok", "ok"),
        ("émoji 🧠", "émoji 🧠"), ("privé \u{E000}\u{FFFD}", "privé \u{E000}\u{FFFD}"), ("https://e.org/guide/", "https://e.org/guide/"),
    ])
    func escapesMarkupAndDropsWhatXMLForbids(_ text: String, _ escaped: String) {
        #expect(XMLEscaping.escape(text) == escaped)
    }

    @Test(arguments: [
        ("https://e.org/clsm/guide/", "https://e.org/clsm/guide/"),
        ("https://e.org/clsm/été \"<>/", "https://e.org/clsm/%C3%A9t%C3%A9%20%22%3C%3E/"), ("https://e.org/\u{7F}", "https://e.org/%7F"),
    ])
    func aSitemapURLKeepsPrintableASCIIAndEncodesTheRest(_ url: String, _ encoded: String) {
        #expect(Sitemap.encoded(url) == encoded)
    }

    @Test func aDocumentIsIndentedWithTextOnOneLine() {
        let root = XMLElement("feed", [("xmlns", "urn:x"), ("a", "1 < 2")], children: [
            XMLElement("title", text: "T & C"),
            XMLElement("link", [("href", "https://e.org/?a=1&b=2")]),
            XMLElement("author", children: [XMLElement("name", text: "N")]),
        ])
        #expect(root.document() == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="urn:x" a="1 &lt; 2">
              <title>T &amp; C</title>
              <link href="https://e.org/?a=1&amp;b=2"/>
              <author>
                <name>N</name>
              </author>
            </feed>

            """)
    }

    @Test func hostileTextRoundTripsThroughAnXMLParser() throws {
        let hostile = "</title><x a=\"'\">&amp; ]]> <!-- \u{1}ok"
        let document = XMLElement("root", [("attribute", hostile)], children: [XMLElement("title", text: hostile)]).document()
        let reader = TextCollector()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        #expect(parser.parse())
        let expected = hostile.replacingOccurrences(of: "\u{1}", with: "")
        #expect(reader.text == expected)
        #expect(reader.attribute == expected)
    }
}

/// Collects the text of `<title>` and the `attribute` of the root.
private final class TextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var attribute = ""
    private var inTitle = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "root" { attribute = attributes["attribute"] ?? "" }
        inTitle = name == "title"
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inTitle = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { text += string }
    }
}
