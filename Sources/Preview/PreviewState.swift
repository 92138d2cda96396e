import Foundation
import SiteKit

/// What the server shows, shared between the builds and the requests: the latest build's number and, while the
/// latest build fails, its diagnostics.
public final class PreviewState: @unchecked Sendable {
    /// The folder the site is served from.
    public let outputRoot: String
    private let lock = NSLock()
    private var current = Snapshot(build: 0, failure: nil, isReady: false)

    /// One consistent view of the state.
    public struct Snapshot: Sendable {
        /// The number of the latest build that changed what is shown (the live-reload script compares it).
        public var build: Int
        /// The diagnostics of the latest build when it failed; nil when the site is up to date.
        public var failure: [Diagnostic]?
        /// The line each diagnostic of `failure` points at, by its place.
        public var excerpts: [SourceLocation: SourceExcerpt] = [:]
        /// False until the first build has finished, good or not.
        public var isReady: Bool
    }

    /// A state serving `outputRoot`, waiting for its first build.
    public init(outputRoot: String) {
        self.outputRoot = outputRoot
    }

    /// The state now.
    public var snapshot: Snapshot { lock.withLock { current } }

    /// Records a good build; returns the new build number when what is shown changed, nil when nothing did.
    public func succeeded(changedFiles: Bool) -> Int? {
        lock.withLock {
            let wasShowing = current.isReady && current.failure == nil
            current.isReady = true
            current.failure = nil
            guard changedFiles || !wasShowing else { return nil }
            current.build += 1
            return current.build
        }
    }

    /// Records a failed build; returns the new build number (the overlay replaces the site).
    public func failed(_ diagnostics: [Diagnostic], excerpts: [SourceLocation: SourceExcerpt] = [:]) -> Int {
        lock.withLock {
            current.isReady = true
            current.failure = diagnostics
            current.excerpts = excerpts
            current.build += 1
            return current.build
        }
    }
}
