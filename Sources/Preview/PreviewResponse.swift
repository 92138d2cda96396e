/// An answer of the preview server, before it is sent: status, headers, body.
public struct PreviewResponse: Sendable, Equatable {
    /// The HTTP status code.
    public var status: Int
    /// Header name → value.
    public var headers: [String: String]
    /// The body (empty for `HEAD`, whose `Content-Length` still tells the full length).
    public var body: [UInt8]

    /// A response with the headers every answer carries: its type, no caching, no type sniffing.
    init(status: Int, type: String, body: [UInt8], extra: [String: String] = [:]) {
        self.status = status
        self.body = body
        headers = ["Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"]
        headers.merge(extra) { _, new in new }
    }
}
