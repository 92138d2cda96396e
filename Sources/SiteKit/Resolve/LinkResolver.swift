/// What becomes of a link destination written in content.
enum LinkResolution: Equatable {
    /// Left as written (external URL, `mailto:`, `#anchor`).
    case unchanged
    /// Replaced by the target's URL.
    case rewritten(String)
    /// Points at nothing in the site; the message says why.
    case broken(String)
}

/// Maps the links editors write (`../guide/cmp.md`, `/guide/cmp/`) to the URLs of their targets.
struct LinkResolver {
    let site: ResolvedSite

    /// Resolves `destination` written in the file of `page`.
    func resolve(_ destination: String, from page: Page) -> LinkResolution {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || Self.hasScheme(destination) {
            return .unchanged
        }
        let (path, suffix) = Self.splitSuffix(destination)
        let decoded = Self.percentDecoded(path)
        let base = decoded.hasPrefix("/") ? "" : page.folder
        guard let target = Path.normalize(Path.join(base, decoded)) else {
            return .broken("the link `\(destination)` climbs above the site's content folder")
        }
        if target.hasSuffix(".md") {
            guard let index = site.pageByContentPath[target] else {
                if let reason = site.unpublished[target] {
                    // A file with errors is reported on its own; one mistake gives one message.
                    return reason == .invalid ? .unchanged : .broken("the link `\(destination)` points to `content/\(target)`, which \(reason.explanation) and is not published")
                }
                return .broken("the link `\(destination)` points to `content/\(target)`, which does not exist")
            }
            return .rewritten(site.config.baseURL.sitePath(site.pages[index].urlPath) + suffix)
        }
        if let urlPath = pageURLPath(target) {
            return .rewritten(site.config.baseURL.sitePath(urlPath) + suffix)
        }
        if site.staticFiles[target] != nil || site.generatedFiles.contains(target) {
            return .rewritten(site.config.baseURL.sitePath(target) + suffix)
        }
        return .broken("the link `\(destination)` leads to no page and no file of the site")
    }

    private func pageURLPath(_ target: String) -> String? {
        let candidate = target.isEmpty || target.hasSuffix("/") ? target : target + "/"
        let withoutIndex = candidate.hasSuffix("index.html/") ? String(candidate.dropLast("index.html/".count)) : candidate
        let exists = site.pageByURLPath[withoutIndex] != nil || site.generatedByURLPath[withoutIndex] != nil
        return exists ? withoutIndex : nil
    }

    /// True for `https:`, `mailto:`, `tel:`… (a letter, then letters, digits, `+`, `-`, `.`, then `:`).
    /// Read by bytes: a combining mark after a letter is no scheme character either.
    static func hasScheme(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isASCIILetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isASCIILetter(byte) || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func splitSuffix(_ destination: String) -> (String, String) {
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (destination, "") }
        return (String(destination[..<index]), String(destination[index...]))
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
