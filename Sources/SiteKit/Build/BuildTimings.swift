import Glibc

/// How long each stage of one build took, for `clsm build --timings`: the wall time of each stage in order, and the
/// processor time the rendering threads spent in the template engine and in Markdown, summed over threads.
///
/// A disabled record reads no clock, so that a build without `--timings` pays nothing for it.
public struct BuildTimings: Sendable {
    /// One stage: its name and its wall time in seconds.
    public struct Stage: Sendable, Equatable {
        /// What the stage does (`resolve`).
        public let name: String
        /// Its wall time.
        public let seconds: Double
    }

    /// Whether the clocks are read at all.
    public let isEnabled: Bool
    /// The stages in the order they ran.
    public private(set) var stages: [Stage] = []
    /// The wall time of the whole build, stages and the steps between them.
    public internal(set) var totalSeconds: Double = 0
    /// Processor seconds the page threads spent rendering templates.
    public internal(set) var templateSeconds: Double = 0
    /// Processor seconds the page threads spent rendering Markdown: cmark, then the headings' ids and the links.
    public internal(set) var markdownSeconds: Double = 0

    /// A record that measures when `enabled`.
    public init(enabled: Bool) {
        isEnabled = enabled
    }

    /// Runs `work` and records its wall time as the stage `name`.
    mutating func stage<Result>(_ name: String, _ work: () -> Result) -> Result {
        guard isEnabled else { return work() }
        let start = Clock.wall()
        let result = work()
        record(name, seconds: Clock.wall() - start)
        return result
    }

    /// Where the whole build starts: a reading of the wall clock to give `finish(since:)`.
    func start() -> Double {
        isEnabled ? Clock.wall() : 0
    }

    /// Records the whole build's wall time, from `start`.
    mutating func finish(since start: Double) {
        if isEnabled { totalSeconds = Clock.wall() - start }
    }

    /// Records that the stage `name` took `seconds`.
    mutating func record(_ name: String, seconds: Double) {
        stages.append(Stage(name: name, seconds: seconds))
    }

    /// The lines `--timings` prints: a stage a line, what ran between them, the total, then the engines' processor time.
    public func lines(threads: Int) -> [String] {
        let between = max(0, totalSeconds - stages.reduce(0) { $0 + $1.seconds })
        let engines = ["templates", "Markdown (cmark, ids, links)"]
        let width = (stages.map(\.name) + engines + ["between the stages"]).map(\.count).max() ?? 0
        func row(_ name: String, _ text: String) -> String {
            "  " + name + String(repeating: " ", count: width - name.count + 2) + text
        }
        var lines = ["timings, \(threads) thread\(threads == 1 ? "" : "s"): wall time of each stage"]
        lines += stages.map { row($0.name, Self.seconds($0.seconds)) }
        lines.append(row("between the stages", Self.seconds(between)))
        lines.append(row("total", Self.seconds(totalSeconds)))
        lines.append("processor time of the page threads, summed over threads")
        lines.append(row(engines[0], Self.seconds(templateSeconds)))
        lines.append(row(engines[1], Self.seconds(markdownSeconds)))
        return lines
    }

    private static func seconds(_ value: Double) -> String {
        let milliseconds = Int((value * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction + " s"
    }

    /// The clocks read: the wall's, and the calling thread's processor time.
    enum Clock {
        /// Seconds of a monotonic clock.
        static func wall() -> Double { read(CLOCK_MONOTONIC) }

        /// Processor seconds of the calling thread so far.
        static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

        private static func read(_ clock: clockid_t) -> Double {
            var time = timespec()
            clock_gettime(clock, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }
}
