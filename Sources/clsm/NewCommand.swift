import ArgumentParser
import Foundation
import SiteKit

/// `clsm new site DIR` and `clsm new page|action|news|resource|event "Titre"`: start a site, or a page in a site.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, or a new page in a site.",
        discussion: """
            clsm new site DIR creates a site that builds at once, with the shared theme (found above DIR, or copied \
            into DIR/themes/clsm). clsm new page|action|news|resource|event "Titre" creates the file in the folder \
            of its kind, named after the title; it never replaces a file.
            """
    )

    /// What `clsm new` can create.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case site, page, action, news, resource, event
    }

    @Argument(help: "What to create: site, page, action, news, resource or event.")
    var kind: Kind

    @Argument(help: "The folder of the new site, or the title of the new page.")
    var name: String

    @Option(help: "The site to add the page to.")
    var site = "."

    @Option(help: "The theme folder to copy into a new site (default: the nearest themes/clsm).")
    var theme: String?

    @Option(help: "Today's date for the dates written, ISO 8601; else SOURCE_DATE_EPOCH; else the clock.")
    var now: String?

    @OptionGroup var language: LanguageOption

    /// Reads "now" while the command's usage can still be shown.
    func validate() throws {
        _ = try NowOption.resolve(now)
    }

    func run() throws {
        let buildNow = try NowOption.resolve(now)
        let cwd = FileManager.default.currentDirectoryPath
        do {
            if kind == .site {
                try NewSite(directory: name, themeOption: theme, cwd: cwd, now: buildNow).create()
            } else {
                try NewPage(kind: kind.rawValue, title: name, site: site, cwd: cwd, now: buildNow).create()
            }
        } catch let failure as NewFailure {
            Console.error(language.resolve(site: nil).line(.error, failure.message))
            throw ExitCode(1)
        }
    }
}

/// Why `clsm new` created nothing.
struct NewFailure: Error {
    let message: Message
}
