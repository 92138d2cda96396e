import FrenchText
import Markdown

/// Any text as Markdown: cmark, heading ids, link rewriting and French typography must never crash,
/// and the HTML must stay free of live markup (cmark's safe mode), read on bytes as a browser reads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let renderer = MarkdownRenderer { Slug.make(from: $0) }
    let document = renderer.render(text) { link in link.destination.hasSuffix(".md") ? "/page/" : nil }
    let html = FrenchTypography.html(document.html)
    if let problem = LiveMarkup.problem(in: Array(html.utf8)) {
        fatalError("\(problem) for input of \(size) bytes")
    }
    if FrenchTypography.html(html) != html {
        fatalError("non-idempotent typography for input of \(size) bytes")
    }
    return 0
}
