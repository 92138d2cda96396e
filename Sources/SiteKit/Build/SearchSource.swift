/// The pages Pagefind reads: a copy of the written HTML pages whose typographic apostrophes (’) are ASCII (').
///
/// Pagefind splits a word at `'` but not at `’`, which French typography writes in every elision: indexed as written,
/// « d’hébergement » is one word, and « hébergement » does not find its page. Only the index reads the copy; the pages
/// keep their typography.
enum SearchSource {
    /// The copy's folder, inside the output being written; removed once Pagefind has run.
    static let folderName = ".pagefind-source"

    /// Copies every `.html` file below `folder` (but the copy itself) into `copy`, at the same relative paths; the path
    /// that could not be written, if any.
    static func write(from folder: String, into copy: String) -> String? {
        guard FileSystem.createDirectories(copy) else { return copy }
        for name in FileSystem.names(in: folder) where folder + "/" + name != copy {
            let source = folder + "/" + name, target = copy + "/" + name
            switch FileSystem.entryType(source) {
            case .directory?:
                if let failed = write(from: source, into: target) { return failed }
            case .file? where name.hasSuffix(".html"):
                guard let bytes = FileSystem.read(source), FileSystem.write(plainApostrophes(bytes), to: target) else { return target }
            default:
                continue
            }
        }
        return nil
    }

    /// `bytes` (UTF-8) with each `’` (E2 80 99) made `'`.
    static func plainApostrophes(_ bytes: [UInt8]) -> [UInt8] {
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                plain.append(0x27)
                index += 3
            } else {
                plain.append(bytes[index])
                index += 1
            }
        }
        return plain
    }
}
