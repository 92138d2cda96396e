import ArgumentParser
import Foundation
import Preview
import SiteKit

/// `clsm serve [SITE_DIR]`: builds the site, serves it locally, and rebuilds and reloads the browser on each change.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a site: build it, serve it on this machine, rebuild and reload the browser on each change.",
        discussion: """
            The site is built into a temporary folder (not SITE_DIR/public) unless --output is given, with base_url \
            replaced by the preview's address. A build with errors does not stop the server: the browser shows them \
            until the file is fixed. Stop with Ctrl-C.
            """
    )

    @Argument(help: "The site folder (with a site.yml).")
    var site = "."

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8080

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or ::1 lets other machines see the preview.")
    var bind = "127.0.0.1"

    @Option(name: .customLong("allow-host"),
            help: "Another name this preview answers to (a machine's name on the network); it answers only 127.0.0.1, localhost, [::1] and the --bind address otherwise.")
    var allowedHosts: [String] = []

    @Option(help: "Build into this folder instead of a temporary one.")
    var output: String?

    @Option(help: "The build's \"now\", ISO 8601; else SOURCE_DATE_EPOCH; else the clock when the server starts.")
    var now: String?

    @OptionGroup var language: LanguageOption

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    /// Reads "now" while the command's usage can still be shown.
    func validate() throws {
        _ = try NowOption.resolve(now)
    }

    func run() throws {
        guard let address = BindAddress(bind) else {
            throw ValidationError("--bind must be a numeric IPv4 or IPv6 address (127.0.0.1, ::1, 0.0.0.0), not `\(bind)`")
        }
        let cwd = FileManager.default.currentDirectoryPath
        let messages = language.resolve(site: site, cwd: cwd)
        guard let folder = SiteFolder(path: site, cwd: cwd) else {
            Console.error(ReportedDiagnostic(site: site, severity: .error, message: .noSuchSiteFolder()).humanLine(in: messages))
            throw ExitCode(1)
        }
        let buildNow = try NowOption.resolve(now)
        if !address.isLoopback {
            Console.error(messages.line(.warning, .previewVisible(host: address.host)))
        }
        let target = try ServeOutput(option: output, cwd: cwd)
        let server = ServeRun(folder: folder, address: address, port: port, hosts: PreviewHosts(address: address, extra: allowedHosts),
                              output: target, language: messages,
                              context: BuildContext(now: buildNow, includeDrafts: drafts))
        server.start()
        dispatchMain()
    }
}
