import Dispatch
import Synchronization

/// The previous outputs replaced during a run of several sites, removed on threads of their own while the next sites
/// build. Removing a tree is mostly waiting for the file system (1.2 ms an entry on this project's machine under
/// load), which the build's threads need not do: the run waits for the removals once, at its end.
public final class OutputRemovals: Sendable {
    private let lanes: [DispatchQueue]
    private let group = DispatchGroup()
    private let next = Atomic<Int>(0)

    /// Removals on up to `lanes` threads at once.
    public init(lanes: Int = 2) {
        self.lanes = (0..<max(1, lanes)).map { DispatchQueue(label: "clsm.output-removal.\($0)") }
    }

    /// Removes the tree at `path` (links removed, never followed) on one of the removal threads.
    func remove(_ path: String) {
        let lane = lanes[next.wrappingAdd(1, ordering: .relaxed).oldValue % lanes.count]
        lane.async(group: group) { FileSystem.removeTree(path) }
    }

    /// Returns once every tree handed over is removed.
    public func finish() {
        group.wait()
    }
}
