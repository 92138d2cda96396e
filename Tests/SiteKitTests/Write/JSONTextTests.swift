import Foundation
@testable import SiteKit
import TestSupport
import Testing

/// `JSONText` writes the files Foundation wrote: the same bytes as `JSONEncoder` (pretty) and `JSONSerialization`
/// (compact), held to them on every kind of value and on generated trees.
@Suite struct JSONTextTests {
    private static let everyKind: JSONTree = [
        "url": "https://clsm.fr/guide/cmp/", "a_b": .double(0.1), "ab": ["k": 3], "@type": "NGO", "@context": "x",
        "a": .double(49.0), "b": .double(2.7745), "c": .double(-0.5), "d": .double(1e20), "e": .double(6.0e-7),
        "text": "x\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}/é « »\u{7f}", "none": .null, "ok": true, "no": false,
        "empty_list": [], "empty_object": .object([:]), "nested": [[-1], ["z": .null]],
        "made": .items(count: 3) { ["n": .int($0), "list": [.int($0)]] }, "made_empty": .items(count: 0) { .int($0) },
    ]

    @Test func itemsMadeAsWrittenAreWrittenAsTheSameList() {
        let list: JSONTree = ["a": [["n": 0], ["n": 1]], "b": []]
        let made: JSONTree = ["a": .items(count: 2) { ["n": .int($0)] }, "b": .items(count: 0) { .int($0) }]
        for layout in [JSONText.Layout.pretty, .compact] {
            #expect(JSONText.of(made, layout) == JSONText.of(list, layout))
        }
    }

    @Test func prettyIsWhatJSONEncoderWritesForEveryKindOfValue() throws {
        #expect(JSONText.of(Self.everyKind, .pretty) == (try Self.encoded(Self.everyKind)))
    }

    @Test func compactIsWhatJSONSerializationWritesForEveryKindOfValue() throws {
        #expect(JSONText.of(Self.everyKind, .compact) == (try Self.serialized(Self.everyKind)))
    }

    @Test func bothAreWhatFoundationWritesForGeneratedTrees() throws {
        var generator = SplitMix64(seed: 20261207)
        for _ in 0..<300 {
            let tree = Self.tree(depth: 0, using: &generator)
            #expect(JSONText.of(tree, .pretty) == (try Self.encoded(tree)))
            #expect(JSONText.of(tree, .compact) == (try Self.serialized(tree)))
        }
    }

    private static func encoded(_ tree: JSONTree) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(EncodableTree(tree: tree)), as: UTF8.self)
    }

    private static func serialized(_ tree: JSONTree) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: foundationValue(tree), options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    private static func foundationValue(_ tree: JSONTree) -> Any {
        switch tree {
        case .string(let text): return text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .null: return NSNull()
        case .list(let items): return items.map(foundationValue)
        case .items(let count, let item): return (0..<count).map { foundationValue(item($0)) }
        case .object(let members): return members.mapValues(foundationValue)
        }
    }

    /// Keys as the exports have them: lower-case ASCII letters and `_`, none starting with `_`.
    private static func tree(depth: Int, using generator: inout SplitMix64) -> JSONTree {
        let kind = depth > 3 ? Int.random(in: 0..<5, using: &generator) : Int.random(in: 0..<7, using: &generator)
        switch kind {
        case 0: return .string(String((0..<Int.random(in: 0..<6, using: &generator)).map { _ in
                "aé\"\\\n/ 1«\u{1}".randomElement(using: &generator) ?? "a" }))
        case 1: return .int(Int.random(in: -1000...1000, using: &generator))
        case 2: return .double(Double(Int.random(in: -90_000_000...90_000_000, using: &generator)) / 1_000_000)
        case 3: return .bool(Bool.random(using: &generator))
        case 4: return .null
        case 5: return .list((0..<Int.random(in: 0..<4, using: &generator)).map { _ in tree(depth: depth + 1, using: &generator) })
        default:
            var keys = Set<String>()
            for _ in 0..<Int.random(in: 0..<5, using: &generator) {
                keys.insert("k" + String((0..<Int.random(in: 0..<4, using: &generator)).map { _ in "ab_z".randomElement(using: &generator) ?? "a" }))
            }
            return .object(Dictionary(uniqueKeysWithValues: keys.sorted().map { ($0, tree(depth: depth + 1, using: &generator)) }))
        }
    }
}

/// `JSONTree` given to `JSONEncoder`, the reference.
private struct EncodableTree: Encodable {
    let tree: JSONTree

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch tree {
        case .string(let text): var single = encoder.singleValueContainer(); try single.encode(text)
        case .int(let number): var single = encoder.singleValueContainer(); try single.encode(number)
        case .double(let number): var single = encoder.singleValueContainer(); try single.encode(number)
        case .bool(let flag): var single = encoder.singleValueContainer(); try single.encode(flag)
        case .null: var single = encoder.singleValueContainer(); try single.encodeNil()
        case .list(let items):
            var list = encoder.unkeyedContainer()
            for item in items { try list.encode(EncodableTree(tree: item)) }
        case .items(let count, let item):
            var list = encoder.unkeyedContainer()
            for index in 0..<count { try list.encode(EncodableTree(tree: item(index))) }
        case .object(let members):
            var object = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try object.encode(EncodableTree(tree: value), forKey: Key(stringValue: key)) }
        }
    }
}
