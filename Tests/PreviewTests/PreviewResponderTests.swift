import Foundation
import Preview
@testable import SiteKit
import Testing

/// What the server answers, request by request, from a small output folder.
@Suite struct PreviewResponderTests {
    let output: TemporaryOutput
    let state: PreviewState
    let responder: PreviewResponder

    init() throws {
        output = try TemporaryOutput()
        try output.write("<html><body><p>Accueil</p></body></html>", to: "index.html")
        try output.write("<html><body><p>Guide</p></body></html>", to: "guide/index.html")
        try output.write("<html><body><p>Introuvable</p></body></html>", to: "404.html")
        try output.write("body{}", to: "css/clsm.css")
        for name in ["agenda.ics", "guide.json", "guide.geojson", "feed.xml", "logo.svg", "plan.pdf"] {
            try output.write("x", to: "exports/" + name)
        }
        state = PreviewState(outputRoot: output.root)
        responder = PreviewResponder(state: state)
        _ = state.succeeded(changedFiles: true)
    }

    @Test func pagesGetTheReloadScriptBeforeTheEndOfTheirBody() {
        let page = responder.respond(method: "GET", target: "/guide/")
        #expect(page.status == 200)
        #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(page.headers["Cache-Control"] == "no-store")
        #expect(String(decoding: page.body, as: UTF8.self)
                == "<html><body><p>Guide</p><script src=\"/__clsm/reload.js\" data-build=\"1\"></script>\n</body></html>")
        #expect(responder.respond(method: "GET", target: "/guide").body == page.body)
    }

    @Test func filesGetTheirTypeAndNoScript() {
        let expected = ["agenda.ics": "text/calendar; charset=utf-8", "guide.json": "application/json",
                        "guide.geojson": "application/geo+json", "feed.xml": "application/xml",
                        "logo.svg": "image/svg+xml", "plan.pdf": "application/pdf"]
        for (name, type) in expected {
            let answer = responder.respond(method: "GET", target: "/exports/" + name)
            #expect(answer.status == 200)
            #expect(answer.headers["Content-Type"] == type, "\(name)")
            #expect(answer.body == Array("x".utf8))
        }
        #expect(responder.respond(method: "GET", target: "/css/clsm.css").headers["Content-Type"] == "text/css; charset=utf-8")
    }

    @Test func missingPagesGetTheSitesOwn404() {
        let answer = responder.respond(method: "GET", target: "/absente/")
        #expect(answer.status == 404)
        #expect(String(decoding: answer.body, as: UTF8.self).contains("<p>Introuvable</p><script src=\"/__clsm/reload.js\""))
    }

    @Test func withoutA404PageTheRequestPathIsShownEscaped() throws {
        try FileManager.default.removeItem(atPath: output.root + "/404.html")
        let answer = responder.respond(method: "GET", target: "/<script>alert(1)</script>")
        #expect(answer.status == 404)
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(text.contains("<code>/&lt;script&gt;alert(1)&lt;/script&gt;</code>"))
        #expect(!text.contains("<script>alert"))
    }

    @Test func refusedPathsGet403AndAreShownEscaped() {
        for target in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/guide%2F..%2F..%2Fetc", "/%00", "/\"><img src=x>/.."] {
            let answer = responder.respond(method: "GET", target: target)
            #expect(answer.status == 403, "\(target)")
            #expect(!String(decoding: answer.body, as: UTF8.self).contains("<img"))
        }
    }

    @Test func headTellsTheLengthWithoutTheBodyAndOtherMethodsAreRefused() {
        let get = responder.respond(method: "GET", target: "/")
        let head = responder.respond(method: "HEAD", target: "/")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["Content-Length"] == String(get.body.count))
        let post = responder.respond(method: "POST", target: "/")
        #expect(post.status == 405)
        #expect(post.headers["Allow"] == "GET, HEAD")
    }

    @Test func aFailedBuildReplacesPagesButNotOtherFiles() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "content/a.md", line: 2, column: 8), .emptyValue("<b>title</b>"))
        #expect(state.failed([diagnostic]) == 2)
        let page = responder.respond(method: "GET", target: "/guide/")
        #expect(page.status == 500)
        let text = String(decoding: page.body, as: UTF8.self)
        #expect(text.contains("<code>content/a.md:2:8: erreur : la clé `&lt;b&gt;title&lt;/b&gt;` ne doit pas être vide</code>"))
        #expect(text.contains("data-build=\"2\""))
        #expect(responder.respond(method: "GET", target: "/nouvelle-page/").status == 500)
        #expect(responder.respond(method: "GET", target: "/css/clsm.css").status == 200)
        #expect(state.succeeded(changedFiles: false) == 3)
        #expect(responder.respond(method: "GET", target: "/guide/").status == 200)
    }

    @Test func theScriptIsServedAndPagesWaitForTheFirstBuild() {
        let script = responder.respond(method: "GET", target: "/__clsm/reload.js")
        #expect(script.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(String(decoding: script.body, as: UTF8.self) == ReloadScript.source)
        let waiting = PreviewResponder(state: PreviewState(outputRoot: output.root)).respond(method: "GET", target: "/")
        #expect(waiting.status == 503)
        #expect(String(decoding: waiting.body, as: UTF8.self).contains("data-build=\"0\""))
    }
}
