import Templates

/// A theme ready to render: its templates (the site's `layouts/` overriding the theme's) and its strings.
public struct Theme: Sendable {
    /// What renders the templates by name (`page`, `partials/header`).
    let renderer: any TemplateRendering
    /// Every template name, for choosing layouts.
    let templateNames: Set<String>
    /// The theme's strings in the site's language (`skip_link` → « Aller au contenu »).
    let strings: [String: String]
    /// The same strings as `t` reads them.
    let stringValues: TemplateValue
    /// The theme folder.
    let directory: String
    /// The national emergency numbers the theme ships (`data/emergency.yml`), shown unless site.yml has its own.
    let emergencyNumbers: [EmergencyNumber]
    /// The partials rendered once per menu state, by name, with the value that stands for each (`SiteWidePartials`).
    let siteWidePartials: [String: String]
    /// By layout, the ids it and its partials write as they are, which headings of a page's text may not take
    /// (`ThemeIdentifiers`).
    let reservedIDs: [String: Set<String>]
}

/// Loads a theme's templates and strings, reporting template mistakes at their own file and line.
enum ThemeLoader {
    /// The theme named in `config`, or nil when it is missing or a template does not compile.
    static func load(config: SiteConfig, folder: SiteFolder, engine: TemplateEngine = .clsm, log: inout DiagnosticLog) -> Theme? {
        guard let directory = folder.themeDirectory(named: config.theme.value) else {
            log.error(.unknownTheme(config.theme.value),
                      at: config.theme.location)
            return nil
        }
        let errorsBefore = log.entries.count
        var sources: [String: (path: String, text: String)] = [:]
        for layouts in [directory + "/layouts", folder.layoutsDirectory] {
            let scanner = ContentScanner(siteRoot: Path.parent(of: directory), folder: folder)
            for relative in scanner.files(under: layouts, suffix: ".mustache", log: &log) {
                let path = layouts + "/" + relative
                let file = folder.relative(path)
                guard let bytes = FileSystem.read(path), let text = SourceText.decode(bytes, file: file, log: &log) else { continue }
                sources[String(relative.dropLast(".mustache".count))] = (file, text.text)
            }
        }
        let strings = ThemeStrings.load(directory: directory, language: config.language, folder: folder, log: &log)
        let stringsFile = folder.relative(ThemeStrings.path(directory: directory, language: config.language))
        // The text as written gives the tags and the problems at their own lines; the text with site-wide partials
        // rewritten is what renders.
        let written = TemplateLibrary(sources: sources.mapValues(\.text))
        let tagsByName = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, written.tags(of: $0)) })
        let siteWide = SiteWidePartials(sources: sources.mapValues(\.text), tags: tagsByName)
        // Besides clsm's own values, a template may read the site's params and the theme's strings at any depth.
        let ownNames = TemplateValue.keys(in: [.group(TemplateValue.from(config.params.values))]).union((strings ?? [:]).keys)
        for name in sources.keys.sorted() {
            guard let source = sources[name], let tags = tagsByName[name] else { continue }
            TemplateChecker.checkReferences(tags, file: source.path, known: Set(sources.keys), log: &log)
            TemplateChecker.checkStrings(tags, file: source.path, strings: strings, stringsFile: stringsFile, log: &log)
            TemplateChecker.checkNames(tags, file: source.path, known: ownNames, log: &log)
        }
        let library = written.problems.isEmpty
            ? TemplateLibrary(sources: siteWide.sources, reusing: written, of: sources.mapValues(\.text)) : written
        for problem in library.problems {
            log.error(.templateSyntax(problem.error),
                      at: SourceLocation(file: sources[problem.template]?.path ?? problem.template, line: problem.line,
                                         column: problem.column))
        }
        let emergencyNumbers = ThemeData.emergencyNumbers(themeDirectory: directory, folder: folder, log: &log)
        guard log.entries[errorsBefore...].allSatisfy({ $0.severity != .error }) else { return nil }
        return Theme(renderer: engine.make(library, siteWide.sources), templateNames: Set(sources.keys), strings: strings ?? [:],
                     stringValues: .group((strings ?? [:]).mapValues(TemplateValue.text)), directory: directory,
                     emergencyNumbers: emergencyNumbers, siteWidePartials: siteWide.keys,
                     reservedIDs: ThemeIdentifiers.reserved(byTemplate: sources.mapValues(\.text), tags: tagsByName))
    }
}
