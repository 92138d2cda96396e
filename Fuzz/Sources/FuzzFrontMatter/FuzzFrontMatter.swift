import SiteKit

/// Any bytes as a content file: decoding, front-matter splitting and YAML reading must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var log = DiagnosticLog()
    guard let text = SourceText.decode(bytes, file: "content/fuzz.md", log: &log),
          let split = FrontMatterSplitter.split(text.text, file: "content/fuzz.md", log: &log) else { return 0 }
    _ = YAMLReader().read(split.frontMatter, file: "content/fuzz.md", firstLine: split.frontMatterFirstLine, log: &log)
    return 0
}
