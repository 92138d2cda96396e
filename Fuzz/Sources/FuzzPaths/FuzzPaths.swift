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
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") || $0.contains("\0") }) {
            fatalError("alias path that could leave the output: \(path)")
        }
    }
    return 0
}
