import Foundation

/// A program a build runs on its output (Pagefind, Chromium).
enum ExternalProgram {
    /// Runs `binary` with `arguments` until it exits; its exit status and the lines it wrote on standard error.
    static func run(_ binary: String, _ arguments: [String]) throws -> (status: Int32, errors: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }
}
