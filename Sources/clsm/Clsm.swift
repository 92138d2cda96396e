import ArgumentParser

/// The `clsm` command: builds the websites of Conseils Locaux de Santé Mentale.
@main
struct Clsm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clsm",
        abstract: "Builds the static websites of Conseils Locaux de Santé Mentale (CLSM).",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, StaleCommand.self, ImportCommand.self,
                      NetworkCommand.self]
    )

    static func main() {
        MallocSettings.apply()
        main(nil)
    }
}
