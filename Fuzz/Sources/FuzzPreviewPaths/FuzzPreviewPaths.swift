import Preview

/// Any request path: what the dev server maps it to is relative, made of plain names, and never climbs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPreviewPaths(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let request = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let path = PreviewPaths.relativePath(for: request) else { return 0 }
    // Bytes, as the file system splits them.
    let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    for segment in segments {
        let name = Array(segment)
        if name.isEmpty || name.first == UInt8(ascii: ".") || name.contains(UInt8(ascii: "\\")) || name.contains(0) {
            fatalError("request \(request.debugDescription) maps to \(path.debugDescription)")
        }
    }
    return 0
}
