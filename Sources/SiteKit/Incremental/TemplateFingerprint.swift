import Templates

/// Fingerprints of what a render depends on, to tell within one process whether a page must be rendered again.
///
/// Text is hashed by its UTF-8 bytes (not by Swift's Unicode equality, which would take two spellings of « é » as one),
/// and each kind of value is tagged, so that different values differ.
struct TemplateFingerprint {
    private var hasher = Hasher()
    /// False once a value of a type it cannot look into was met: the fingerprint then proves nothing.
    private(set) var isComplete = true
    /// Groups already hashed, shared by the fingerprints of one build (most of `site` and `t` are the same for every page).
    private let memo: FingerprintMemo?

    /// An empty fingerprint; `memo` lets it reuse the hashes of groups other fingerprints have met.
    init(memo: FingerprintMemo? = nil) {
        self.memo = memo
    }

    /// The fingerprint so far; nil when it is not complete.
    func finalize() -> Int? {
        isComplete ? hasher.finalize() : nil
    }

    /// Adds text, by its bytes.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(utf8: $0) }
    }

    /// Adds text given as its UTF-8 bytes; the same as adding that text.
    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        hasher.combine(0 as UInt8)
        hasher.combine(bytes.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }

    /// Adds a whole number.
    mutating func add(_ number: Int) {
        hasher.combine(1 as UInt8)
        hasher.combine(number)
    }

    /// Adds a template value: text, booleans, numbers, lists and groups, nested at any depth.
    mutating func add(value: TemplateValue) {
        switch value {
        case .text(let text):
            add(text)
        case .bool(let flag):
            hasher.combine(2 as UInt8)
            hasher.combine(flag)
        case .number(let number):
            add(number)
        case .list(let items):
            hasher.combine(5 as UInt8)
            hasher.combine(items.count)
            for item in items { add(value: item) }
        case .group(let group):
            add(group: group)
        case .deferred(let deferred):
            // What a rendered partial renders from stands beside it in the same group (an entry's values around its
            // `item_html`), and the site-wide values are the page's own `site` and `t`: the group's other keys cover them.
            guard let item = deferred as? RenderedPartial else {
                // Any other deferred text (an entry's JSON-LD) is made from values of its own: its text is what counts.
                add(deferred.text)
                return
            }
            hasher.combine(6 as UInt8)
            add(item.template)
        }
    }

    /// Adds a group of values.
    mutating func add(value group: TemplateValues) {
        add(group: group)
    }

    /// Adds a group whatever the order of its keys: each entry is hashed alone, and the entries' hashes summed.
    private mutating func add(group: TemplateValues) {
        hasher.combine(4 as UInt8)
        hasher.combine(group.count)
        let memo = group.count >= FingerprintMemo.smallest ? self.memo : nil
        if let known = memo?.hash(of: group) {
            hasher.combine(known)
            return
        }
        var sum = 0
        for (key, item) in group {
            var entry = TemplateFingerprint(memo: self.memo)
            entry.add(key)
            entry.add(value: item)
            guard let hash = entry.finalize() else {
                isComplete = false
                return
            }
            sum = sum &+ hash
        }
        memo?.remember(sum, for: group)
        hasher.combine(sum)
    }
}

/// The hashes of the groups met while fingerprinting one build, by the identity of their storage.
///
/// A dictionary's storage is never changed while shared, and the memo keeps every group it knows alive (so that its
/// address cannot be reused by another): the same storage is the same content.
final class FingerprintMemo {
    /// Groups smaller than this are hashed again each time: cheaper than remembering them.
    static let smallest = 8
    private var hashes: [Int: Int] = [:]
    private var kept: [Any] = []

    /// The hash remembered for this very storage, if any.
    func hash(of group: TemplateValues) -> Int? {
        hashes[Self.identity(of: group)]
    }

    /// Remembers the hash of `group`, and keeps it alive.
    func remember(_ hash: Int, for group: TemplateValues) {
        hashes[Self.identity(of: group)] = hash
        kept.append(group)
    }

    private static func identity(of group: TemplateValues) -> Int {
        withUnsafeBytes(of: group) { $0.load(as: Int.self) }
    }
}
