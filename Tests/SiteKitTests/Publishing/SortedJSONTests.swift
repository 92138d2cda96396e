@testable import SiteKit
import Testing

/// The JSON of the JSON-LD and data·inclusion exports: the text `JSONSerialization` gave them, checked against its
/// output for these values (keys, numbers, escapes).
@Suite struct SortedJSONTests {
    @Test func writesKeysNumbersAndEscapesAsJSONSerializationDid() {
        let value: [String: Any] = [
            "@type": "NGO", "a": 49.0, "b": 2.7745, "c": -0.5, "d": 1e20, "e": [1, "x\"\\\n\u{1}/é"], "ab": ["k": 3], "a_b": 0.1,
            "ok": true,
        ]
        #expect(SortedJSON.text(value)
            == #"{"@type":"NGO","a":49,"a_b":0.1,"ab":{"k":3},"b":2.7745,"c":-0.5,"d":1e+20,"e":[1,"x\"\\\n\u0001/é"],"ok":true}"#)
    }

    @Test func aValueOfAnotherTypeIsRefused() {
        #expect(SortedJSON.text(["x": Double.nan]) == nil)
        #expect(SortedJSON.text([1 as UInt8]) == nil)
    }
}
