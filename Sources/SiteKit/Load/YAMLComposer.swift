/// Builds `YAMLNode`s from a YAML document's events as they come, in one pass: collections open and close on a stack,
/// an alias stands for a copy of the node its anchor named (copies share their storage), and every mapping is checked
/// for a key written twice when it closes.
///
/// It counts nodes as a walk of the finished tree would, where an alias counts its anchored node's nodes again (an
/// alias bomb expands to billions) and a key counts one: the document is over the budget when that walk, stopping at
/// each node it meets, has counted more than `budget`.
struct YAMLComposer {
    /// A node that an anchor names, with what an alias of it adds to the count.
    private struct Anchored {
        let node: YAMLNode
        let key: YAMLKey
        /// The count of a walk through the node, and at the last node it meets (keys after it count once more).
        let total: Int
        let last: Int
    }

    /// A sequence or mapping being read.
    private struct Frame {
        let isMapping: Bool
        let location: SourceLocation
        let anchor: String?
        let tag: String?
        /// True when the collection is a key (`? [a, b]`): its nodes are not counted, as a walk counts a key once.
        let isKey: Bool
        /// True when the collection is a key, inside one, or anchored: its `YAMLKey` is needed.
        let needsKey: Bool
        let countAtStart: Int
        let lastAtStart: Int
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        /// The keys of a mapping's entries, compared when it closes.
        var keys: [YAMLKey] = []
        /// The elements' keys when `needsKey` (a mapping's keys and values alternating).
        var elementKeys: [YAMLKey] = []
        /// A mapping's key waiting for its value.
        var pendingKey: (text: String, location: SourceLocation, key: YAMLKey)?
    }

    private static let saturation = Int.max / 4

    let file: String
    let lineOffset: Int
    let budget: Int
    /// The document's node once it is complete.
    private(set) var root: YAMLNode?
    /// True when the walk met a node beyond the budget.
    private(set) var isOverBudget = false
    private var frames: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var count = 0
    private var last = 0
    private var openKeys = 0

    init(file: String, lineOffset: Int, budget: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.budget = budget
    }

    /// Where libyaml's 0-based `line` and `column` stand in the file.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1 + lineOffset, column: column + 1)
    }

    /// A scalar: its text, whether it was quoted, its tag when explicit and not `!!str`, its anchor.
    mutating func scalar(_ text: String, isQuoted: Bool, tag: String?, anchor: String?, at location: SourceLocation) throws(YAMLProblem) {
        let node = YAMLNode(.scalar(text, isQuoted: isQuoted), at: location)
        let isKey = isKeyPosition
        if !isKey { meet(total: 1, last: 1) }
        let key = anchor != nil || isKey || isInsideKeyOrAnchor ? YAMLKey.scalar(text, tag: tag) : nil
        if let anchor, let key { anchors[anchor] = Anchored(node: node, key: key, total: 1, last: 1) }
        place(node, key: key)
    }

    /// An alias (`*name`) at `location`: the node its anchor named.
    mutating func alias(_ name: String, at location: SourceLocation) throws(YAMLProblem) {
        guard let anchored = anchors[name] else {
            throw YAMLProblem.syntax("found undefined alias", line: location.line - lineOffset, column: location.column)
        }
        if !isKeyPosition { meet(total: anchored.total, last: anchored.last) }
        place(anchored.node, key: anchored.key)
    }

    /// The start of a sequence or mapping.
    mutating func open(mapping: Bool, tag: String?, anchor: String?, at location: SourceLocation) {
        let isKey = isKeyPosition
        let needsKey = isKey || anchor != nil || isInsideKeyOrAnchor
        frames.append(Frame(isMapping: mapping, location: location, anchor: anchor, tag: tag, isKey: isKey, needsKey: needsKey,
                            countAtStart: count, lastAtStart: last))
        if isKey { openKeys += 1 }
        meet(total: 1, last: 1)
    }

    /// The end of the innermost sequence or mapping.
    mutating func close() throws(YAMLProblem) {
        guard let frame = frames.popLast() else { return }
        let node: YAMLNode
        let key: YAMLKey?
        if frame.isMapping {
            if let duplicates = YAMLKey.duplicates(in: frame.keys) {
                let first = frame.entries[duplicates.firstIndex].keyLocation
                throw YAMLProblem.duplicateKeys(duplicates.names, line: first.line - lineOffset, column: first.column)
            }
            node = YAMLNode(.mapping(frame.entries), at: frame.location)
            key = frame.needsKey ? .mapping(frame.elementKeys, tag: frame.tag) : nil
        } else {
            node = YAMLNode(.sequence(frame.items), at: frame.location)
            key = frame.needsKey ? .sequence(frame.elementKeys, tag: frame.tag) : nil
        }
        if let anchor = frame.anchor, let key {
            let total = count >= Self.saturation ? Self.saturation : count - frame.countAtStart
            anchors[anchor] = Anchored(node: node, key: key, total: total, last: min(last - frame.countAtStart, total))
        }
        if frame.isKey {
            // A key counts once, when its entry is complete.
            openKeys -= 1
            count = frame.countAtStart
            last = frame.lastAtStart
        }
        place(node, key: key)
    }

    /// True when the next node is a mapping's key.
    private var isKeyPosition: Bool {
        guard let top = frames.indices.last else { return false }
        return frames[top].isMapping && frames[top].pendingKey == nil
    }

    /// True when the innermost collection needs its elements' `YAMLKey`s.
    private var isInsideKeyOrAnchor: Bool {
        guard let top = frames.indices.last else { return false }
        return frames[top].needsKey
    }

    /// The walk meets a node whose own walk counts `total`, `last` at its last node.
    private mutating func meet(total: Int, last nodeLast: Int) {
        last = min(count + nodeLast, Self.saturation)
        if openKeys == 0 && last > budget { isOverBudget = true }
        count = min(count + total, Self.saturation)
    }

    private mutating func place(_ node: YAMLNode, key: YAMLKey?) {
        guard !frames.isEmpty else {
            root = node
            return
        }
        let top = frames.count - 1
        if !frames[top].isMapping {
            frames[top].items.append(node)
            if frames[top].needsKey, let key { frames[top].elementKeys.append(key) }
        } else if let pending = frames[top].pendingKey {
            frames[top].entries.append(YAMLEntry(key: pending.text, keyLocation: pending.location, value: node))
            frames[top].keys.append(pending.key)
            if frames[top].needsKey, let key { frames[top].elementKeys += [pending.key, key] }
            frames[top].pendingKey = nil
            count = min(count + 1, Self.saturation)
        } else if let key {
            var text = ""
            if case .scalar(let scalar, _) = node.value { text = scalar }
            frames[top].pendingKey = (text, node.location, key)
        }
    }
}
