import Dispatch
import Foundation
import Preview
import SiteKit

/// One running `clsm serve`: the server, the session that builds, the console reports, and the stop on Ctrl-C.
struct ServeRun: Sendable {
    let folder: SiteFolder
    let address: BindAddress
    let port: UInt16
    /// The names requests may give in `Host`.
    let hosts: PreviewHosts
    let output: ServeOutput
    /// The language of the messages.
    let language: MessageLanguage
    let context: BuildContext

    /// Listens, builds, prints the URL, then serves until SIGINT or SIGTERM; exits the process on error or at the end.
    func start() {
        Task {
            let state = PreviewState(outputRoot: output.path)
            do {
                let hub = ReloadHub()
                let server = try PreviewServer(address: address, port: port, hosts: hosts, responder: PreviewResponder(state: state),
                                               hub: hub)
                let listening = try await server.start()
                let url = address.url(port: listening)
                var served = context
                served.baseURLOverride = url
                let console = ServeConsole(folder: folder, language: language)
                let session = PreviewSession(folder: folder, context: served, state: state, hub: hub, report: console.print)
                stopOnSignals(session: session)
                Console.output("building into \(output.path)")
                session.start()
                Console.output("serving at \(url) (Ctrl-C to stop)")
                if !session.canWatch { Console.error(language.line(.warning, .noInotify())) }
                Self.heartbeat(hub)
            } catch {
                Console.error(language.line(.error, .cannotListen(address.url(port: port), error: "\(error)")))
                output.removeTemporary()
                exit(1)
            }
        }
    }

    private func stopOnSignals(session: PreviewSession) {
        let output = self.output
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                session.stop()
                output.removeTemporary()
                Console.output("stopped")
                exit(0)
            }
            source.resume()
            Self.signalSources.append(source)
        }
    }

    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

    private static func heartbeat(_ hub: ReloadHub) {
        Task {
            while true {
                try await Task.sleep(nanoseconds: 15_000_000_000)
                hub.ping()
            }
        }
    }

}
