import Foundation
@testable import SiteKit
import Testing

/// The link check's percent decoding agrees with Foundation's, which it replaces for speed.
@Suite struct PercentDecodingTests {
    @Test(arguments: [
        "", "/guide/", "plan%20d%27acc%C3%A8s.pdf", "%2e%2e/%2F", "%", "%z1", "%4", "a%C3", "%FF%FE", "%c3%a9t%C3%A9",
        "100%25", "r%C3%A9union#ordre-du-jour", "%00", "é%20é",
    ])
    func decodesAsFoundationDoes(_ text: String) {
        #expect(PercentDecoding.decode(text) == text.removingPercentEncoding)
    }
}
