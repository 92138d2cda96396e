/// Turns a content file into a `Page`, checking every key of its front matter.
enum PageReader {
    /// Keys every content file may have.
    static let commonKeys = ["title", "description", "slug", "date", "updated", "draft", "weight", "aliases", "menu", "layout"]

    /// The page of the content file `contentPath` whose text is `text`; nil when it cannot be used.
    static func read(text: String, contentPath: String, kind: ContentKind, context: ValidationContext, log: inout DiagnosticLog) -> Page? {
        let file = "content/" + contentPath
        let errorsBefore = log.entries.count
        guard let split = FrontMatterSplitter.split(text, file: file, log: &log),
              let root = YAMLReader().read(split.frontMatter, file: file, firstLine: split.frontMatterFirstLine, log: &log)
        else { return nil }
        guard let entries = root.entries else {
            log.error(.frontMatterNotGroup(), at: root.location)
            return nil
        }
        var fields = FieldReader(entries, at: SourceLocation(file: file))
        let title = fields.text("title", required: true, log: &log)
        let description = fields.text("description", log: &log)?.value
        let slug = readSlug(&fields, log: &log)
        let date = fields.dateTime("date", required: kind == .news, log: &log)
        let updated = fields.dateTime("updated", log: &log)
        let draft = fields.bool("draft", log: &log) ?? false
        let weight = fields.integer("weight", log: &log)
        let aliases = fields.textList("aliases", log: &log)
        let menu = fields.text("menu", log: &log)
        let layout = fields.text("layout", log: &log)
        let details = PageDetailsReaders.reader(for: kind)?.read(&fields, context: context, log: &log)
        fields.warnAboutUnknownKeys(log: &log, context: .frontMatter(of: kind))
        Placeholders.check(entries, body: split.body, bodyFirstLine: split.bodyFirstLine, file: file, log: &log)

        guard log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }), let title else { return nil }
        return Page(
            source: file, contentPath: contentPath, kind: kind, title: title.value, description: description,
            slug: slug, date: date?.value, updated: updated?.value, isDraft: draft, weight: weight,
            aliases: aliases, menuTitle: menu, layout: layout, body: split.body, bodyFirstLine: split.bodyFirstLine,
            details: details, isGenerated: false
        )
    }

    private static func readSlug(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Located<String>? {
        guard let slug = fields.text("slug", log: &log) else { return nil }
        let valid = !slug.value.isEmpty && slug.value.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        } && !slug.value.hasPrefix("-") && !slug.value.hasSuffix("-")
        guard valid else {
            log.error(.badSlug(slug.value), at: slug.location)
            return nil
        }
        return slug
    }
}
