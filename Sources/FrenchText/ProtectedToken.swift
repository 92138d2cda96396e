/// URLs and e-mail addresses inside text, which the typography pass must copy verbatim:
/// `https://x.fr/?a=b` must not become `https://x.fr/ ?a=b`, nor `tel:+33387562768` `tel :+33387562768`.
enum ProtectedToken {
    /// If the token (run of non-space bytes) starting at `start` holds a URL (`scheme://…`,
    /// `www.…`, `mailto:…`) or an e-mail address, returns the byte range to copy untouched.
    ///
    /// Leading brackets and quotes and trailing punctuation are left out of the range so they
    /// are still typeset: in `(voir https://x.fr) :` only `https://x.fr` is protected.
    /// `stopAtTag` ends tokens at `<` (HTML input).
    static func find(in bytes: [UInt8], from start: Int, stopAtTag: Bool) -> Range<Int>? {
        var lower = start
        while lower < bytes.count, let length = openerLength(bytes, at: lower, isHTML: stopAtTag) {
            lower += length
        }
        // Most tokens are plain words: one scan over the characters an address or a scheme
        // can start with decides, and stops at the first accented letter or punctuation.
        var head = lower
        while head < bytes.count, isLocalPartByte(bytes[head]) { head += 1 }
        let mayBeAddress = head > lower && head < bytes.count
            && (bytes[head] == UInt8(ascii: "@") || bytes[head] == UInt8(ascii: ":"))
        let mayBeWeb = lower < bytes.count && bytes[lower] | 0x20 == UInt8(ascii: "w")
            && hasPrefix(bytes[lower...], "www.")
        guard mayBeAddress || mayBeWeb else { return nil }
        var upper = head
        while upper < bytes.count, !isTokenEnd(bytes, at: upper, stopAtTag: stopAtTag) { upper += 1 }
        while upper > lower, let length = closerLength(bytes, endingAt: upper, notBefore: lower) {
            upper -= length
        }
        guard upper > lower else { return nil }
        let token = bytes[lower..<upper]
        return isURL(token) || isEmail(token) ? lower..<upper : nil
    }

    /// Schemes whose URLs have no `//` (`tel:+33…`, `urn:isbn:…`): such a word followed by `:` and more is an address.
    private static let opaqueSchemes: [StaticString] = ["tel:", "sms:", "urn:", "geo:", "fax:", "callto:", "xmpp:", "data:", "news:"]

    private static func isURL(_ token: ArraySlice<UInt8>) -> Bool {
        if hasPrefix(token, "www.") || hasPrefix(token, "mailto:") || isHostAndPort(token) { return true }
        for scheme in opaqueSchemes where hasPrefix(token, scheme) && token.count > scheme.utf8CodeUnitCount { return true }
        // scheme = letter *( letter / digit / "+" / "-" / "." ), then "://"
        guard let first = token.first, HTMLEntity.isLetter(first) else { return false }
        var index = token.startIndex
        while index < token.endIndex, isSchemeByte(token[index]) { index += 1 }
        return hasPrefix(token[index...], "://")
    }

    /// `localhost:5001/foo`, `exemple.fr:8080`: a host name (`localhost`, or with a dot) then a port of 1 to 5 digits,
    /// then the token's end or a path.
    private static func isHostAndPort(_ token: ArraySlice<UInt8>) -> Bool {
        guard let colon = token.firstIndex(of: UInt8(ascii: ":")), colon > token.startIndex else { return false }
        let host = token[..<colon]
        guard host.allSatisfy(isDomainByte), host.first != UInt8(ascii: "."), host.last != UInt8(ascii: "."),
              host.contains(UInt8(ascii: ".")) || hasPrefix(host, "localhost") && host.count == 9
        else { return false }
        let port = token[(colon + 1)...].prefix { HTMLEntity.isDigit($0) }
        guard (1...5).contains(port.count) else { return false }
        return port.endIndex == token.endIndex || token[port.endIndex] == UInt8(ascii: "/")
    }

    /// `local@domain.tld`, the whole token: local part `[A-Za-z0-9._%+-]`, domain letters,
    /// digits, `.`, `-` (and non-ASCII letters), with a dot neither first nor last. Strict on
    /// purpose: a token never starts with the punctuation the pass spaces, so adding a space
    /// cannot turn part of a token into an address on a second pass.
    private static func isEmail(_ token: ArraySlice<UInt8>) -> Bool {
        guard let at = token.firstIndex(of: UInt8(ascii: "@")), at > token.startIndex,
              token[..<at].allSatisfy(isLocalPartByte)
        else { return false }
        let domain = token[(at + 1)...]
        guard domain.allSatisfy(isDomainByte),
              let dot = domain.dropFirst().firstIndex(of: UInt8(ascii: "."))
        else { return false }
        return dot + 1 < token.endIndex
    }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return HTMLEntity.isAlphanumeric(byte)
        }
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || HTMLEntity.isAlphanumeric(byte)
    }

    private static func hasPrefix(_ token: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { expected in
            guard token.count >= expected.count else { return false }
            return zip(token, expected).allSatisfy { actual, wanted in
                actual == wanted || (HTMLEntity.isLetter(actual) && actual | 0x20 == wanted)
            }
        }
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        HTMLEntity.isAlphanumeric(byte) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isTokenEnd(_ bytes: [UInt8], at index: Int, stopAtTag: Bool) -> Bool {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return true
        case UInt8(ascii: "<"): return stopAtTag
        case 0xC2: return byte(bytes, index + 1) == 0xA0  // NO-BREAK SPACE
        case 0xE2:  // NARROW NO-BREAK SPACE, THIN SPACE
            return byte(bytes, index + 1) == 0x80 && (byte(bytes, index + 2) == 0xAF || byte(bytes, index + 2) == 0x89)
        default: return false
        }
    }

    /// Opening brackets and quotes: ( [ " ' « “ ‘, and < in plain text (in HTML it starts a tag).
    private static func openerLength(_ bytes: [UInt8], at index: Int, isHTML: Bool) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return 1
        case UInt8(ascii: "<"):
            return isHTML ? nil : 1
        case 0xC2: return byte(bytes, index + 1) == 0xAB ? 2 : nil
        case 0xE2:
            let isQuote = byte(bytes, index + 1) == 0x80 && (byte(bytes, index + 2) == 0x9C || byte(bytes, index + 2) == 0x98)
            return isQuote ? 3 : nil
        default: return nil
        }
    }

    /// Closing punctuation ending `bytes[..<end]`: . , : ; ! ? ) ] " ' > » ” ’ — except the `;`
    /// of a character reference, which belongs to the URL (`…?a=1&amp;`).
    private static func closerLength(_ bytes: [UInt8], endingAt end: Int, notBefore lower: Int) -> Int? {
        switch bytes[end - 1] {
        case UInt8(ascii: ";"):
            return HTMLEntity.endsWithReference(bytes, before: end, notBefore: lower) ? nil : 1
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"):
            return 1
        case 0xBB:
            return end - 2 >= lower && bytes[end - 2] == 0xC2 ? 2 : nil
        case 0x9D, 0x99:
            return end - 3 >= lower && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 ? 3 : nil
        default: return nil
        }
    }

    /// The byte at `index`, or nil past the end.
    private static func byte(_ bytes: [UInt8], _ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }
}
