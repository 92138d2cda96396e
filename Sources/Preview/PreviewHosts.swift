/// The names a request may give in its `Host` header: the preview answers only requests addressed to itself.
///
/// A page the coordinator visits elsewhere could point its own name at 127.0.0.1 (DNS rebinding) and read the
/// preview, drafts included: such a request names that other site in `Host`, and is refused.
public struct PreviewHosts: Sendable {
    /// The names accepted, lowercased: the loopback names, the bound address and those added with `--allow-host`.
    public let names: Set<String>

    /// The hosts for a server bound to `address`, with `extra` names allowed besides (a machine's name on the network).
    public init(address: BindAddress, extra: [String] = []) {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        names.insert(address.isIPv6 ? "[" + address.host.lowercased() + "]" : address.host)
        names.formUnion(extra.map { $0.lowercased() })
        self.names = names
    }

    /// Whether `host`, the `Host` header of a request that reached `port`, names this server. Without a port, the
    /// header stands for port 80.
    public func allows(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased(), !host.isEmpty else { return false }
        let (name, givenPort) = Self.split(host)
        guard names.contains(name) else { return false }
        return (givenPort ?? "80") == String(port)
    }

    /// `name` and `port` of `host:port`, `[v6]:port`, `name` or `[v6]`.
    private static func split(_ host: String) -> (name: String, port: String?) {
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return (host, nil) }
            let name = String(host[...close])
            let rest = host[host.index(after: close)...]
            return rest.hasPrefix(":") ? (name, String(rest.dropFirst())) : (name, rest.isEmpty ? nil : String(rest))
        }
        guard let colon = host.lastIndex(of: ":") else { return (host, nil) }
        return (String(host[..<colon]), String(host[host.index(after: colon)...]))
    }
}
