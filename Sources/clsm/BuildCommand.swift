import ArgumentParser
import SiteKit

/// `clsm build [SITE_DIR…]`: builds one site or several into their output folders.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build sites into static files.",
        discussion: "Exit status: 0 when every site was built, 1 when a site has errors (its output is left untouched)."
    )

    @Argument(help: "Site folders (each with a site.yml).")
    var sites: [String] = ["."]

    @Option(help: "Output folder (default: SITE_DIR/public). Only with a single site.")
    var output: String?

    @OptionGroup var options: SiteOptions

    func validate() throws {
        if output != nil && sites.count > 1 {
            throw ValidationError("--output can only be given with a single site folder")
        }
    }

    func run() throws {
        try options.runEach(sites, .build(output: output))
    }
}
