/// What becomes of a link destination written in content.
enum LinkResolution: Equatable {
    /// Left as written (external URL, `mailto:`, `#anchor`).
    case unchanged
    /// Replaced by the target's URL.
    case rewritten(String)
    /// Points at nothing in the site, for the reason given.
    case broken(BrokenLink)
}

/// Why a link written in content leads nowhere.
enum BrokenLink: Equatable {
    /// It climbs above `content/`.
    case aboveContent
    /// It names a content file (`guide/cmp.md`) that is not published, for this reason.
    case unpublished(String, UnpublishedReason)
    /// It names a content file that does not exist; with the destination written for the file of its folder whose
    /// name is nearest, when one is near (`objectif.md` for `objectifs.md`).
    case missingFile(String, suggestion: String?)
    /// No page and no file has its path (the path looked for, relative to the site).
    case nothing(String)

    /// The message for `destination`, written as a link or as an image.
    func message(_ destination: String, isImage: Bool) -> Message {
        switch self {
        case .aboveContent: .linkAboveContent(destination, isImage: isImage)
        case .unpublished(let target, let reason): .linkToUnpublished(destination, target: target, reason: reason, isImage: isImage)
        case .missingFile(let target, let suggestion): .linkToMissingFile(destination, target: target, suggestion: suggestion, isImage: isImage)
        case .nothing(let target): isImage ? .imageMissing(destination, lookedFor: "static/" + target) : .linkToNothing(destination)
        }
    }
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
            return .broken(.aboveContent)
        }
        if target.hasSuffix(".md") {
            guard let index = site.pageByContentPath[target] else {
                if let reason = site.unpublished[target] {
                    // A file with errors is reported on its own; one mistake gives one message.
                    return reason == .invalid ? .unchanged : .broken(.unpublished(target, reason))
                }
                return .broken(.missingFile(target, suggestion: nearestFile(to: target).map { Self.replacingFileName(of: path, with: $0) }))
            }
            return .rewritten(site.config.baseURL.sitePath(site.pages[index].urlPath) + suffix)
        }
        if let urlPath = pageURLPath(target) {
            return .rewritten(site.config.baseURL.sitePath(urlPath) + suffix)
        }
        if site.staticFiles[target] != nil || site.generatedFiles.contains(target) {
            return .rewritten(site.config.baseURL.sitePath(target) + suffix)
        }
        if site.addressesInDoubt.contains(target.isEmpty || target.hasSuffix("/") ? target : target + "/") {
            // The address of a file with errors: those errors are reported on their own.
            return .unchanged
        }
        return .broken(.nothing(target))
    }

    /// The name of the content file of `target`'s folder whose name is nearest to `target`'s, when one is near.
    private func nearestFile(to target: String) -> String? {
        let folder = Path.parent(of: target)
        let names = site.pageByContentPath.keys.lazy.filter { Path.parent(of: $0) == folder }.compactMap { Path.segments($0).last }
        return KeySuggestion.closest(to: Path.segments(target).last ?? target, among: names.sorted())
    }

    /// `written` (`../guide/cmp.md`) with its last segment replaced by `name`.
    private static func replacingFileName(of written: String, with name: String) -> String {
        Path.join(Path.parent(of: written), name)
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

    static func splitSuffix(_ destination: String) -> (String, String) {
        // In printable ASCII a byte is a Character: the bytes are searched, not the Characters (every link passes here).
        if destination.isPrintableASCII {
            let utf8 = destination.utf8
            guard let index = utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) else { return (destination, "") }
            return (String(destination[..<index]), String(destination[index...]))
        }
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (destination, "") }
        return (String(destination[..<index]), String(destination[index...]))
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")), text.contains("%") else { return text }
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
