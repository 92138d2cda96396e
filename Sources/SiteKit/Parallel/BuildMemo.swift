import Foundation

/// A value made once, on its first use, and shared by every copy of what holds it (a build's resolved site) until its
/// last use takes it.
final class BuildMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// The value, made by `make` on the first call; later calls give it back without calling theirs.
    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }

    /// The value for its last use: made by `make` if no call made it, and no longer held afterwards.
    func take(_ make: () -> Value) -> Value {
        lock.withLock {
            defer { value = nil }
            return value ?? make()
        }
    }
}
