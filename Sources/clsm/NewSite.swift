import Foundation
import SiteKit

/// Creates a new site folder that builds at once: `site.yml`, a home page, a presentation page, a guide entry, an
/// event, and the shared theme (found above the folder, or copied into it).
struct NewSite {
    let directory: String
    let themeOption: String?
    let cwd: String
    let now: BuildNow

    /// Writes the site, or throws before writing anything.
    func create() throws {
        let target = URL(fileURLWithPath: directory.hasPrefix("/") ? directory : cwd + "/" + directory).standardizedFileURL.path
        let manager = FileManager.default
        if let names = try? manager.contentsOfDirectory(atPath: target), !names.isEmpty {
            throw NewFailure(message: .newFolderNotEmpty(directory))
        }
        let theme = try themeSource(for: target)
        let dates = NewDates(now: now, timeZone: NewDates.paris)
        do {
            for file in SiteTemplate.files {
                let text = file.text.replacingOccurrences(of: "{{today}}", with: dates.today)
                    .replacingOccurrences(of: "{{event_day}}", with: dates.inAMonth)
                let path = target + "/" + file.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
            if case .copy(let source) = theme {
                try manager.createDirectory(atPath: target + "/themes", withIntermediateDirectories: true)
                try manager.copyItem(atPath: source, toPath: target + "/themes/clsm")
            }
        } catch {
            throw NewFailure(message: .newCannotWriteSite(directory, error: error.localizedDescription))
        }
        Console.output("created the site \(directory)")
        switch theme {
        case .above(let found):
            Console.output("the site uses the theme found above it: \(found)")
        case .copy(let source):
            Console.output("copied the theme from \(source) into \(directory)/themes/clsm")
        }
        Console.output("preview it with: clsm serve \(directory)")
    }

    /// Where the theme comes from.
    enum ThemeSource {
        /// A `themes/clsm` in a folder above the site, which the build finds by itself.
        case above(String)
        /// A theme folder copied into the site.
        case copy(String)
    }

    /// `--theme`, else a `themes/clsm` above the site, else the nearest one above the current folder, else the one of
    /// the repository this binary was built from.
    private func themeSource(for target: String) throws -> ThemeSource {
        if let themeOption {
            let path = URL(fileURLWithPath: themeOption.hasPrefix("/") ? themeOption : cwd + "/" + themeOption).standardizedFileURL.path
            guard Self.isTheme(path) else {
                throw NewFailure(message: .newNotTheme(themeOption))
            }
            return .copy(path)
        }
        if let found = Self.nearestTheme(from: (target as NSString).deletingLastPathComponent) { return .above(found) }
        if let found = Self.nearestTheme(from: cwd) { return .copy(found) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/clsm").path
        if Self.isTheme(repository) { return .copy(repository) }
        throw NewFailure(message: .newNoTheme(directory))
    }

    private static func nearestTheme(from start: String) -> String? {
        var folder = start
        while true {
            if isTheme(folder + "/themes/clsm") { return folder + "/themes/clsm" }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    private static func isTheme(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/layouts", isDirectory: &isFolder) && isFolder.boolValue
    }
}
