/// What is still checked of a content file whose front matter has errors (reported already): its body's links and
/// images, a guide entry's category, the SISM edition an event names. Its front matter is split and read once.
struct FileInError {
    /// The body, in a page of no title and no keys; nil when the front matter cannot even be told from the body.
    let body: Page?
    /// The `category` of a guide entry, when it is written as one value.
    let category: Located<String>?
    /// The `sism` year an event names: it depends on the edition as much as a published event does.
    let sismYear: Int?

    init(_ file: SourceFile, kind: ContentKind) {
        let source = "content/" + file.relativePath
        var reported = DiagnosticLog()
        guard let split = FrontMatterSplitter.split(file.text, file: source, log: &reported) else {
            (body, category, sismYear) = (nil, nil, nil)
            return
        }
        body = Page(source: source, contentPath: file.relativePath, kind: kind, title: "", description: nil, slug: nil, date: nil,
                    updated: nil, isDraft: false, weight: nil, aliases: [], menuTitle: nil, layout: nil, body: split.body,
                    bodyFirstLine: split.bodyFirstLine, details: nil, isGenerated: false)
        guard kind == .resource || kind == .event,
              let entries = YAMLReader().read(split.frontMatter, file: source, firstLine: split.frontMatterFirstLine, log: &reported)?.entries
        else {
            (category, sismYear) = (nil, nil)
            return
        }
        func value(_ key: String) -> Located<String>? {
            guard let entry = entries.first(where: { $0.key == key }), case .scalar(let text, _) = entry.value.value else { return nil }
            return Located(text.trimmingSpaces, at: entry.value.location)
        }
        category = kind == .resource ? value("category").flatMap { $0.value.isEmpty ? nil : $0 } : nil
        sismYear = kind == .event ? value("sism").flatMap { Int($0.value) } : nil
    }
}
