import ArgumentParser

/// `clsm new site DIR` and `clsm new page|action|news|resource|event "Titre"`: start a site or a page.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, or a new page in a site.",
        subcommands: []
    )
}
