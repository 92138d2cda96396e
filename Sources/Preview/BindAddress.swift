import Glibc

/// The address the preview listens on: an IPv4 or IPv6 address, `127.0.0.1` unless asked otherwise.
public struct BindAddress: Sendable, Equatable {
    /// The address as written (`127.0.0.1`, `::1`, `0.0.0.0`); `localhost` is read as `127.0.0.1`.
    public let host: String
    /// True for an IPv6 address.
    public let isIPv6: Bool

    /// The default: IPv4 loopback only.
    public static let loopback = BindAddress(host: "127.0.0.1", isIPv6: false)

    private init(host: String, isIPv6: Bool) {
        self.host = host
        self.isIPv6 = isIPv6
    }

    /// Reads a numeric address (or `localhost`); nil for anything else, host names included.
    public init?(_ text: String) {
        if text == "localhost" {
            self = .loopback
            return
        }
        var ip4 = in_addr()
        var ip6 = in6_addr()
        if inet_pton(AF_INET, text, &ip4) == 1 {
            self.init(host: text, isIPv6: false)
        } else if inet_pton(AF_INET6, text, &ip6) == 1 {
            self.init(host: text, isIPv6: true)
        } else {
            return nil
        }
    }

    /// True when only this machine can connect: `127.0.0.0/8` or `::1`.
    public var isLoopback: Bool {
        if isIPv6 {
            var ip6 = in6_addr()
            var loopback = in6_addr()
            guard inet_pton(AF_INET6, host, &ip6) == 1, inet_pton(AF_INET6, "::1", &loopback) == 1 else { return false }
            return withUnsafeBytes(of: ip6) { mine in withUnsafeBytes(of: loopback) { mine.elementsEqual($0) } }
        }
        return host.split(separator: ".").first == "127"
    }

    /// The base URL of the site served on `port` (`http://127.0.0.1:8080/`, `http://[::1]:8080/`).
    public func url(port: UInt16) -> String {
        "http://\(isIPv6 ? "[\(host)]" : host):\(port)/"
    }
}
