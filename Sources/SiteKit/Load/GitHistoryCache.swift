import Foundation
import Synchronization

/// The git histories of the checkouts the sites of one `clsm build SITE…` run are in: each checkout's log and status
/// are read once for all its sites, not once per site (300 sites in one repository: 2 runs of git, not 900).
public final class GitHistoryCache: Sendable {
    private let histories = Mutex<[String: CheckoutHistory?]>([:])
    private let readCount = Atomic<Int>(0)

    /// An empty cache, for one run.
    public init() {}

    /// How many checkouts' histories were read from git.
    var reads: Int { readCount.load(ordering: .relaxed) }

    /// What `GitHistory.lastChanges(in:)` gives for `root`, from its checkout's history read once.
    func lastChanges(in root: String) -> [String: Date]? {
        guard let top = GitHistory.checkoutTop(of: root) else { return nil }
        // Read under the lock: a second site of the same checkout waits for the first read instead of repeating it.
        let history = histories.withLock { histories -> CheckoutHistory? in
            if let known = histories[top] { return known }
            readCount.add(1, ordering: .relaxed)
            let history = CheckoutHistory.read(top: top)
            histories[top] = .some(history)
            return history
        }
        return history?.lastChanges(below: root)
    }
}
