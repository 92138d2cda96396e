import Dispatch
import Synchronization

/// Runs independent pieces of work on several threads and gives their results in the order of the work.
///
/// Threads take the next piece as they finish the last one, so one long piece (a guide index of every entry) does not
/// hold the others back. With one job, everything runs on the calling thread, in order.
public enum ParallelWork {
    /// `work(0) … work(count - 1)`, run on up to `jobs` threads; the results in index order.
    public static func map<Result: Sendable>(count: Int, jobs: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        guard jobs > 1, count > 1 else { return (0..<count).map(work) }
        let slots = Slots<Result>(count: count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                slots.set(index, work(index))
            }
        }
        return slots.results()
    }

    /// Storage that each thread writes at its own indices only; read once every thread is done.
    private final class Slots<Result>: @unchecked Sendable {
        // Allocated once: threads write distinct elements and never resize it.
        private let values: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            values = .allocate(capacity: count)
            values.initialize(repeating: nil)
        }

        deinit {
            values.deinitialize()
            values.deallocate()
        }

        func set(_ index: Int, _ value: Result) {
            values[index] = value
        }

        func results() -> [Result] {
            values.compactMap { $0 }
        }
    }
}
