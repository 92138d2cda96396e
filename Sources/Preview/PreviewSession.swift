import Foundation
import SiteKit

/// One `clsm serve` run: builds the site into the output folder, rebuilds it when its files change, and tells the
/// browsers through the `ReloadHub`. A failed build never stops it: the state shows the diagnostics until a good build.
public final class PreviewSession: @unchecked Sendable {
    /// What is served.
    public let state: PreviewState
    /// The live-reload connections.
    public let hub: ReloadHub
    private let folder: SiteFolder
    private let builder: IncrementalBuilder
    private var sync: OutputSync
    private let watcher: FileWatcher?
    private let queue = DispatchQueue(label: "clsm preview builds")
    private let report: @Sendable (PreviewReport) -> Void
    private let lock = NSLock()
    private var isRebuildQueued = false

    /// A session building `folder` with `context` into the output folder of `state` (replaced whole by the first
    /// build), announcing builds to `hub`. `report` is called after each build, on the build queue.
    public init(folder: SiteFolder, context: BuildContext, state: PreviewState, hub: ReloadHub,
                report: @escaping @Sendable (PreviewReport) -> Void) {
        self.folder = folder
        builder = IncrementalBuilder(folder: folder, context: context)
        sync = OutputSync(output: state.outputRoot, folder: folder)
        self.state = state
        self.hub = hub
        watcher = FileWatcher()
        self.report = report
    }

    /// True when file changes can be watched (inotify is there).
    public var canWatch: Bool { watcher != nil }

    /// Runs the first build now, then watches the site and rebuilds on each settled batch of changes.
    public func start() {
        queue.sync { build(after: []) }
        watcher?.start { [weak self] changed in self?.scheduleRebuild(after: changed) }
    }

    /// Stops watching, ends the live-reload connections, and waits for a build under way to finish (so that the
    /// output folder can be removed safely).
    public func stop() {
        watcher?.stop()
        hub.close()
        queue.sync {}
    }

    private func scheduleRebuild(after changed: Set<String>) {
        let relevant = changed.filter(isSiteInput)
        guard !relevant.isEmpty else { return }
        let alreadyQueued = lock.withLock {
            defer { isRebuildQueued = true }
            return isRebuildQueued
        }
        guard !alreadyQueued else { return }
        queue.async { [self] in
            lock.withLock { isRebuildQueued = false }
            build(after: relevant)
        }
    }

    /// True for the files a build reads: `site.yml`, anything in `content/`, `static/`, `layouts/`, or the theme.
    private func isSiteInput(_ path: String) -> Bool {
        if path.isEmpty { return true } // the watcher lost events: check everything
        let root = folder.root + "/"
        guard path.hasPrefix(root) else { return true } // the theme, found above the site
        let first = path.dropFirst(root.count).split(separator: "/").first ?? ""
        return ["site.yml", "content", "static", "layouts", "themes"].contains(String(first))
    }

    private func build(after changed: Set<String>) {
        let started = Date()
        var log = DiagnosticLog()
        var result: [String]?
        if let site = builder.render(after: changed, log: &log) {
            result = sync.apply(site, log: &log)
            if result == nil { builder.forgetRenders() }
        }
        let seconds = Date().timeIntervalSince(started)
        watchInputs()
        guard let changedPaths = result else {
            let diagnostics = log.sorted
            hub.announce(build: state.failed(diagnostics, excerpts: PreviewReport.excerpts(of: diagnostics, in: folder)))
            report(PreviewReport(isFirst: changed.isEmpty, seconds: seconds, changedFiles: [], diagnostics: diagnostics, failed: true))
            return
        }
        if let number = state.succeeded(changedFiles: !changedPaths.isEmpty) { hub.announce(build: number) }
        report(PreviewReport(isFirst: changed.isEmpty, seconds: seconds, changedFiles: changedPaths, diagnostics: log.sorted, failed: false))
    }

    /// Watches what the build reads; called after each build, since folders and the theme may appear or move.
    private func watchInputs() {
        guard let watcher else { return }
        watcher.watch(folder.root, recursive: false)
        for input in [folder.contentDirectory, folder.staticDirectory, folder.layoutsDirectory] {
            watcher.watch(input, recursive: true)
        }
        if let theme = builder.themeDirectory { watcher.watch(theme, recursive: true) }
    }
}

/// What one build of the preview did, for the command line to print.
public struct PreviewReport: Sendable {
    /// True for the build made when the server starts.
    public let isFirst: Bool
    /// How long it took.
    public let seconds: Double
    /// The output paths written or removed.
    public let changedFiles: [String]
    /// Its errors and warnings, sorted.
    public let diagnostics: [Diagnostic]
    /// True when the site could not be built (the browsers show the diagnostics).
    public let failed: Bool

    /// The line each diagnostic points at, read from the site's files.
    public static func excerpts(of diagnostics: [Diagnostic], in folder: SiteFolder) -> [SourceLocation: SourceExcerpt] {
        var excerpts: [SourceLocation: SourceExcerpt] = [:]
        var sources = SourceFiles()
        for diagnostic in diagnostics where excerpts[diagnostic.location] == nil {
            let location = diagnostic.location
            excerpts[location] = sources.excerpt(location, inFileAt: folder.root + "/" + location.file)
        }
        return excerpts
    }
}
