import Foundation
import SiteKit

/// Decides the answer to each request of the preview, from the state and the output folder.
///
/// HTML gets the live-reload script; while the latest build fails, pages are replaced by the diagnostics overlay
/// (other files are still served from the last good build); a path that is refused gets 403, a missing one the site's
/// own `404.html` with status 404.
public struct PreviewResponder: Sendable {
    /// What is served.
    public let state: PreviewState

    /// A responder for `state`.
    public init(state: PreviewState) {
        self.state = state
    }

    /// The answer to `method` on the raw (percent-encoded) `target`; `/__clsm/events` is the server's own.
    public func respond(method: String, target: String) -> PreviewResponse {
        var response = answer(method: method, target: target)
        if method == "HEAD" {
            response.headers["Content-Length"] = String(response.body.count)
            response.body = []
        }
        return response
    }

    private func answer(method: String, target: String) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, type: "text/plain; charset=utf-8", body: Array("Méthode non permise.\n".utf8),
                                   extra: ["Allow": "GET, HEAD"])
        }
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        if path == ReloadScript.path {
            return PreviewResponse(status: 200, type: ContentTypes.type(of: path), body: Array(ReloadScript.source.utf8))
        }
        let snapshot = state.snapshot
        let html = ContentTypes.type(of: "index.html")
        if !snapshot.isReady {
            return PreviewResponse(status: 503, type: html, body: PreviewPages.building(build: snapshot.build),
                                   extra: ["Retry-After": "1"])
        }
        switch PreviewPaths.file(for: path, root: state.outputRoot) {
        case .forbidden:
            return PreviewResponse(status: 403, type: html, body: PreviewPages.forbidden(path: path, build: snapshot.build))
        case .file(let file):
            if let failure = snapshot.failure, ContentTypes.isHTML(file) {
                return PreviewResponse(status: 500, type: html, body: PreviewPages.failedBuild(failure, excerpts: snapshot.excerpts, build: snapshot.build))
            }
            guard let bytes = FileManager.default.contents(atPath: file) else {
                return notFound(path, snapshot: snapshot)
            }
            let type = ContentTypes.type(of: file)
            let body = ContentTypes.isHTML(file) ? ReloadScript.inject(into: Array(bytes), build: snapshot.build) : Array(bytes)
            return PreviewResponse(status: 200, type: type, body: body)
        case .notFound:
            let isPage = path.hasSuffix("/") || !(path.split(separator: "/").last ?? "").contains(".") || ContentTypes.isHTML(path)
            if let failure = snapshot.failure, isPage {
                return PreviewResponse(status: 500, type: html, body: PreviewPages.failedBuild(failure, excerpts: snapshot.excerpts, build: snapshot.build))
            }
            return notFound(path, snapshot: snapshot)
        }
    }

    private func notFound(_ path: String, snapshot: PreviewState.Snapshot) -> PreviewResponse {
        let html = ContentTypes.type(of: "404.html")
        if case .file(let page) = PreviewPaths.file(for: "/404.html", root: state.outputRoot),
           let bytes = FileManager.default.contents(atPath: page) {
            return PreviewResponse(status: 404, type: html, body: ReloadScript.inject(into: Array(bytes), build: snapshot.build))
        }
        return PreviewResponse(status: 404, type: html, body: PreviewPages.notFound(path: path, build: snapshot.build))
    }
}
