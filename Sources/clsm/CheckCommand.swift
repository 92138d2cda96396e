import ArgumentParser

/// `clsm check [SITE_DIR…]`: everything `build` checks, links included, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check sites as a build would (front matter, templates, links, collisions) without writing anything.",
        discussion: "Exit status: 0 when every site is clean, 1 when a site has errors (or warnings, with --strict)."
    )

    @Argument(help: "Site folders (each with a site.yml).")
    var sites: [String] = ["."]

    @OptionGroup var options: SiteOptions

    func run() throws {
        try options.runEach(sites, .check)
    }
}
