/// The live-reload client: a small script served at `/__clsm/reload.js` and referenced from every served HTML page.
public enum ReloadScript {
    /// Where the script is served.
    public static let path = "/__clsm/reload.js"
    /// Where the server-sent events are served.
    public static let eventsPath = "/__clsm/events"

    /// The script. It listens to the events and reloads the page when the latest build is not the one the page
    /// comes from (also right after connecting, so that a build finished while the page was loading is not missed).
    public static let source = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-build") : null;
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (event) {
            if (event.data !== shown) {
              events.close();
              window.location.reload();
            }
          });
        })();

        """

    /// `html` with the script tag placed before its last `</body>` (at its end when there is none).
    /// `build` tells the script which build the page comes from.
    public static func inject(into html: [UInt8], build: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(path)\" data-build=\"\(build)\"></script>\n".utf8)
        guard let position = lastBodyEnd(in: html) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: position)
        return result
    }

    /// Where the last `</body>` (any case) starts.
    private static func lastBodyEnd(in html: [UInt8]) -> Int? {
        let needle = Array("</body>".utf8)
        guard html.count >= needle.count else { return nil }
        for start in stride(from: html.count - needle.count, through: 0, by: -1) {
            let matches = needle.indices.allSatisfy { offset in
                let byte = html[start + offset]
                let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
                return lowered == needle[offset]
            }
            if matches { return start }
        }
        return nil
    }
}
