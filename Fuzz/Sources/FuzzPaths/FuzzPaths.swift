import FrenchText
import SiteKit

/// Any text as a slug source or an alias: slugs stay `[a-z0-9-]`, and no alias path leaves the output folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPaths(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let slug = Slug.make(from: text)
    if !slug.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
        fatalError("slug with a character outside [a-z0-9-]")
    }
    if let path = OutputPaths.aliasPath(text) {
        // Bytes, as the file system splits them: `\` or `.` followed by a combining mark is one Character.
        let bytes = Array(path.utf8)
        let segments = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let dot = UInt8(ascii: ".")
        if bytes.first == UInt8(ascii: "/") || segments.contains(where: { segment in
            segment.isEmpty || segment.elementsEqual([dot]) || segment.elementsEqual([dot, dot])
                || segment.contains(UInt8(ascii: "\\")) || segment.contains(0)
        }) {
            fatalError("alias path that could leave the output: \(path.debugDescription)")
        }
    }
    return 0
}
