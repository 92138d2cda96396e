import FrenchText
import Markdown

/// Any text as Markdown: cmark, heading ids, link rewriting and French typography must never crash,
/// and the HTML must stay free of raw markup (cmark's safe mode).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let renderer = MarkdownRenderer { Slug.make(from: $0) }
    let document = renderer.render(text) { link in link.destination.hasSuffix(".md") ? "/page/" : nil }
    let html = FrenchTypography.html(document.html)
    if html.contains("<script") || FrenchTypography.html(html) != html {
        fatalError("unsafe or non-idempotent output for input of \(size) bytes")
    }
    return 0
}
