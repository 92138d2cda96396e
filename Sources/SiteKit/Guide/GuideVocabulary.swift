/// One category of the guide: `gem` → « Groupes d'entraide mutuelle (GEM) ».
struct GuideCategory: Sendable, Equatable {
    /// The id editors write in `category:` and the last segment of its index's URL.
    let id: String
    /// What visitors read.
    let label: String
    /// One sentence that says what such places are, shown on the category's index.
    let description: String?
}

/// The categories of the guide: the theme's (`data/guide-categories.yml`), renamed or extended by `guide.categories` of `site.yml`.
struct GuideVocabulary: Sendable {
    /// Where a theme keeps its vocabulary.
    static let themeFile = "data/guide-categories.yml"

    /// The categories in display order: the theme's, then those the site adds.
    let categories: [GuideCategory]

    /// The category with `id`.
    func category(_ id: String) -> GuideCategory? {
        categories.first { $0.id == id }
    }

    /// The category named by an entry's `category`; an error at it when the vocabulary has none of that id.
    func category(_ id: Located<String>, log: inout DiagnosticLog) -> GuideCategory? {
        if let category = category(id.value) { return category }
        let ids = categories.map(\.id)
        log.error(.unknownCategory(id.value, among: ids),
                  at: id.location)
        return nil
    }

    /// Lower-case letters, digits and single hyphens: a URL segment as it is.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id == id.lowercased() && id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The vocabulary of a site whose theme is at `themeDirectory` (named `themeName`); mistakes are recorded in `log`.
    static func load(themeDirectory: String?, themeName: String, config: SiteConfig, log: inout DiagnosticLog) -> GuideVocabulary {
        var categories = themeDirectory.map { themeCategories(in: $0, themeName: themeName, log: &log) } ?? []
        for category in siteCategories(config, log: &log) {
            if let index = categories.firstIndex(where: { $0.id == category.id }) {
                let description = category.description ?? categories[index].description
                categories[index] = GuideCategory(id: category.id, label: category.label, description: description)
            } else {
                categories.append(category)
            }
        }
        return GuideVocabulary(categories: categories)
    }

    private static func themeCategories(in directory: String, themeName: String, log: inout DiagnosticLog) -> [GuideCategory] {
        let path = directory + "/" + themeFile
        let file = "themes/\(themeName)/\(themeFile)"
        guard FileSystem.isFile(path), let bytes = FileSystem.read(path),
              let text = SourceText.decode(bytes, file: file, log: &log),
              let root = YAMLReader().read(text.text, file: file, firstLine: 1, log: &log) else { return [] }
        return list(root, inTheme: true, log: &log)
    }

    private static func siteCategories(_ config: SiteConfig, log: inout DiagnosticLog) -> [GuideCategory] {
        guard let guide = config.extra["guide"] else { return [] }
        guard let entries = guide.entries else {
            log.error(.guideNotGroup(is: guide.kindDescription), at: guide.location)
            return []
        }
        var fields = FieldReader(entries, at: guide.location)
        let categories = fields.entry("categories").map { list($0.value, inTheme: false, log: &log) } ?? []
        // Read with the site's settings.
        _ = fields.entry("map")
        _ = fields.entry("pdf")
        fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "le groupe `guide`", en: "`guide`"))
        return categories
    }

    /// A YAML list of `{id, label, description}`.
    private static func list(_ node: YAMLNode, inTheme: Bool, log: inout DiagnosticLog) -> [GuideCategory] {
        guard case .sequence(let items) = node.value else {
            log.error(.categoriesNotList(inTheme: inTheme, is: node.kindDescription), at: node.location)
            return []
        }
        var seen: Set<String> = []
        var categories: [GuideCategory] = []
        for item in items {
            guard let entries = item.entries else {
                log.error(.categoryIncomplete(), at: item.location)
                continue
            }
            var fields = FieldReader(entries, at: item.location)
            let id = fields.text("id", required: true, log: &log)
            let label = fields.text("label", required: true, log: &log)
            let description = fields.text("description", log: &log)?.value
            fields.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "une catégorie", en: "a category"))
            guard let id, let label else { continue }
            guard isValidID(id.value) else {
                log.error(.badNewCategoryID(id.value), at: id.location)
                continue
            }
            guard seen.insert(id.value).inserted else {
                log.error(.categoryTwice(id.value), at: id.location)
                continue
            }
            categories.append(GuideCategory(id: id.value, label: label.value, description: description))
        }
        return categories
    }
}
