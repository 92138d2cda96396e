import FrenchText
import Foundation
import SiteKit

/// Creates one content file in a site: in the folder of its kind, named after its title, with its front matter.
struct NewPage {
    let kind: String
    let title: String
    let site: String
    let cwd: String
    let now: BuildNow

    /// Writes the file, or throws without writing anything (never over an existing file).
    func create() throws {
        guard let folder = SiteFolder(path: site, cwd: cwd), FileManager.default.fileExists(atPath: folder.configFile) else {
            throw NewFailure(message: .newNotSite(site))
        }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(from: trimmed)
        guard !slug.isEmpty, let template = PageTemplate.text(for: kind) else {
            throw NewFailure(message: .newTitleWithoutName(title))
        }
        let config = Self.config(of: folder)
        let section = Self.section(for: kind, in: config?.sections ?? ContentKind.defaultSections)
        let relative = "content/" + (section.isEmpty ? "" : section + "/") + slug + ".md"
        let path = folder.root + "/" + relative
        let dates = NewDates(now: now, timeZone: config?.timeZone ?? NewDates.paris)
        let text = template.replacingOccurrences(of: "{{title}}", with: YAMLQuoting.quoted(trimmed))
            .replacingOccurrences(of: "{{today}}", with: dates.today)
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // `O_EXCL`: the file is created only if it is not there, even if it appeared a moment ago.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw NewFailure(message: errno == EEXIST ? .newFileExists(relative)
                                                          : .newCannotCreate(relative, error: String(cString: strerror(errno))))
            }
            defer { close(descriptor) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            try handle.write(contentsOf: Data(text.utf8))
        } catch let failure as NewFailure {
            throw failure
        } catch {
            throw NewFailure(message: .newCannotCreate(relative, error: error.localizedDescription))
        }
        Console.output("created \(site == "." ? "" : site.hasSuffix("/") ? site : site + "/")\(relative)")
    }

    /// The settings of the site, when `site.yml` can be read (for its sections and time zone).
    private static func config(of folder: SiteFolder) -> SiteConfig? {
        var log = DiagnosticLog()
        guard let sources = SourceLoader.load(folder, log: &log) else { return nil }
        return SiteValidator.validate(sources, context: BuildContext(now: .instant(Date())), log: &log)?.config
    }

    /// The folder below `content/` for `kind`: the default one (`guide` for resources) unless the site maps
    /// another folder only; `` for plain pages.
    static func section(for kind: String, in sections: [String: ContentKind]) -> String {
        guard let kind = ContentKind(rawValue: kind), kind != .page else { return "" }
        let defaults = ContentKind.defaultSections.filter { $0.value == kind }.keys.sorted()
        if let standard = defaults.first(where: { sections[$0] == kind }) { return standard }
        return sections.filter { $0.value == kind }.keys.sorted().first ?? defaults.first ?? ""
    }
}
