/// Fingerprints of what a render depends on, to tell within one process whether a page must be rendered again.
///
/// Text is hashed by its UTF-8 bytes (not by Swift's Unicode equality, which would take two spellings of « é » as one),
/// and each kind of value is tagged, so that different values differ.
struct TemplateFingerprint {
    private var hasher = Hasher()
    /// False once a value of a type it cannot look into was met: the fingerprint then proves nothing.
    private(set) var isComplete = true

    /// The fingerprint so far; nil when it is not complete.
    func finalize() -> Int? {
        isComplete ? hasher.finalize() : nil
    }

    /// Adds text, by its bytes.
    mutating func add(_ text: String) {
        hasher.combine(0 as UInt8)
        hasher.combine(text.utf8.count)
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Adds a whole number.
    mutating func add(_ number: Int) {
        hasher.combine(1 as UInt8)
        hasher.combine(number)
    }

    /// Adds a template value: text, booleans, numbers, lists and groups (keys sorted), nested at any depth.
    mutating func add(value: any Sendable) {
        switch value {
        case let text as String:
            add(text)
        case let flag as Bool:
            hasher.combine(2 as UInt8)
            hasher.combine(flag)
        case let number as Int:
            add(number)
        case let number as Double:
            hasher.combine(3 as UInt8)
            hasher.combine(number.bitPattern)
        case let group as [String: any Sendable]:
            hasher.combine(4 as UInt8)
            hasher.combine(group.count)
            for key in group.keys.sorted() {
                add(key)
                if let item = group[key] { add(value: item) }
            }
        case let list as [any Sendable]:
            hasher.combine(5 as UInt8)
            hasher.combine(list.count)
            for item in list { add(value: item) }
        default:
            isComplete = false
        }
    }
}
