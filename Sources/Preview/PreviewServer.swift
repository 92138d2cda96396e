import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of the preview: FlyingFox listening on one address, each request answered by a `PreviewResponder`,
/// `/__clsm/events` answered by the `ReloadHub`.
public final class PreviewServer: Sendable {
    private let server: HTTPServer
    private let failure = FailureBox()
    private let listeningPort = PortBox()

    /// A server for `responder` and `hub` on `address`, port `port` (0: any free port), answering only requests whose
    /// `Host` is among `hosts`.
    public init(address: BindAddress, port: UInt16, hosts: PreviewHosts, responder: PreviewResponder, hub: ReloadHub) throws {
        let socketAddress: any SocketAddress = address.isIPv6
            ? try sockaddr_in6.inet6(ip6: address.host, port: port)
            : try sockaddr_in.inet(ip4: address.host, port: port)
        let listeningPort = self.listeningPort
        let handler = ClosureHTTPHandler { request in
            guard hosts.allows(request.headers[.host], port: listeningPort.get()) else {
                return HTTPResponse(statusCode: HTTPStatusCode(403, phrase: "Forbidden"),
                                    headers: [.contentType: "text/html; charset=utf-8"],
                                    body: Data(PreviewPages.wrongHost(request.headers[.host])))
            }
            let target = request.target.path()
            if target == ReloadScript.eventsPath && request.method == .GET {
                let body = HTTPBodySequence(from: EventStreamBody(stream: hub.connect()))
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8",
                                                               .cacheControl: "no-store"], body: body)
            }
            let answer = responder.respond(method: request.method.rawValue, target: target)
            var headers = HTTPHeaders()
            for (name, value) in answer.headers.sorted(by: { $0.key < $1.key }) { headers[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)),
                                headers: headers, body: Data(answer.body))
        }
        server = HTTPServer(address: socketAddress, timeout: 15, logger: DisabledLogger.disabled, handler: handler)
    }

    /// Starts listening; returns the port listened on, or throws why it cannot listen (port taken, address not here).
    public func start() async throws -> UInt16 {
        let server = self.server
        let failure = self.failure
        let listeningPort = self.listeningPort
        Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        while true {
            if let error = failure.get() { throw error }
            if await server.isListening, let address = await server.listeningAddress {
                switch address {
                case .ip4(_, let port), .ip6(_, let port):
                    listeningPort.set(port)
                    return port
                case .unix: return 0
                }
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    /// Stops listening and closes the connections.
    public func stop() async {
        await server.stop(timeout: 1)
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

/// The port the server listens on, once `start()` knows it: requests may name no other.
private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: UInt16 = 0

    func set(_ port: UInt16) { lock.withLock { self.port = port } }
    func get() -> UInt16 { lock.withLock { port } }
}

/// The error that ended the server's task, read by `start()`.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    func set(_ error: any Error) { lock.withLock { self.error = error } }
    func get() -> (any Error)? { lock.withLock { error } }
}
