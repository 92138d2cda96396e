import Foundation

/// The open live-reload connections: each gets the number of the latest build when it connects and whenever it changes.
///
/// The messages are server-sent events (`event: build`, `data: 7`); comments keep idle connections checked.
public final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextClient = 0
    private var build = 0
    private var isClosed = false

    /// A hub whose latest build is number 0.
    public init() {}

    /// The number of open connections.
    public var connectionCount: Int { lock.withLock { clients.count } }

    /// A new connection's stream: it starts with the reconnection delay and the latest build.
    public func connect() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(32))
        let registered: Int? = lock.withLock {
            guard !isClosed else { return nil }
            let id = nextClient
            nextClient += 1
            clients[id] = continuation
            continuation.yield(Array("retry: 500\n\n".utf8) + Self.message(build: build))
            return id
        }
        guard let id = registered else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.clients.removeValue(forKey: id) }
        }
        return stream
    }

    /// Tells every connection that build `number` is the latest.
    public func announce(build number: Int) {
        lock.withLock {
            build = number
            for client in clients.values { client.yield(Self.message(build: number)) }
        }
    }

    /// Sends a comment, which browsers ignore, so that connections whose browser left are found and closed.
    public func ping() {
        lock.withLock {
            for client in clients.values { client.yield(Array(": ping\n\n".utf8)) }
        }
    }

    /// Ends every connection and refuses new ones.
    public func close() {
        let open: [AsyncStream<[UInt8]>.Continuation] = lock.withLock {
            isClosed = true
            defer { clients = [:] }
            return Array(clients.values)
        }
        for client in open { client.finish() }
    }

    static func message(build: Int) -> [UInt8] {
        Array("event: build\ndata: \(build)\n\n".utf8)
    }
}
