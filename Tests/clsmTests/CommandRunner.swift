import Foundation

/// Runs the built `clsm` executable as a user would, and captures what it prints.
struct CommandRunner {
    /// What a run gave back.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `clsm` executable next to the test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clsm")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/clsm")
    }()

    /// Runs `clsm arguments…` in `directory` with exactly `environment`, and `CLSM_LANG` set to `language` when one is
    /// given: the commands' tests read the English messages, `MessageLanguageTests` the French of the default. The
    /// excerpts under the diagnostics are left out unless `excerpts` is true.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    language: String? = "en", excerpts: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment.merging(language.map { ["CLSM_LANG": $0] } ?? [:]) { written, _ in written }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = String(decoding: stderr, as: UTF8.self)
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: excerpts ? errors : withoutExcerpts(errors))
    }

    /// `text` without the source line and caret printed under each diagnostic, which only `SourceExcerptTests` reads.
    static func withoutExcerpts(_ text: String) -> String {
        let excerpt = #/^  (\d+| +) \|\s/#
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.firstMatch(of: excerpt) == nil }
            .joined(separator: "\n")
    }
}
