import Preview
import Testing

/// The preview answers only requests that name it in `Host` (DNS rebinding).
@Suite struct PreviewHostsTests {
    @Test(arguments: [
        ("127.0.0.1:8080", true), ("localhost:8080", true), ("LocalHost:8080", true), ("[::1]:8080", true),
        ("evil.example:8080", false), ("evil.example", false), ("127.0.0.1", false), ("127.0.0.1:8081", false),
        ("localhost.evil.example:8080", false), ("[::1]", false), ("", false), ("127.0.0.1:8080:8080", false),
        ("[::1:8080", false),
    ])
    func aLoopbackPreviewAnswersItsOwnNamesOnly(_ host: String, _ allowed: Bool) throws {
        let hosts = PreviewHosts(address: try #require(BindAddress("127.0.0.1")))
        #expect(hosts.allows(host, port: 8080) == allowed)
    }

    @Test func noHostHeaderIsRefused() throws {
        #expect(!PreviewHosts(address: try #require(BindAddress("127.0.0.1"))).allows(nil, port: 8080))
    }

    @Test func theBoundAddressAndAllowedNamesAreAnswered() throws {
        let hosts = PreviewHosts(address: try #require(BindAddress("192.168.1.20")), extra: ["Poste.local"])
        #expect(hosts.allows("192.168.1.20:4000", port: 4000))
        #expect(hosts.allows("poste.local:4000", port: 4000))
        #expect(!hosts.allows("192.168.1.21:4000", port: 4000))
        let v6 = PreviewHosts(address: try #require(BindAddress("FE80::1")))
        #expect(v6.allows("[fe80::1]:4000", port: 4000))
        #expect(!v6.allows("fe80::1:4000", port: 4000))
    }

    @Test func withoutAPortTheHeaderStandsForPort80() throws {
        let hosts = PreviewHosts(address: try #require(BindAddress("127.0.0.1")))
        #expect(hosts.allows("localhost", port: 80))
        #expect(!hosts.allows("localhost", port: 8080))
    }
}
