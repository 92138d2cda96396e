/// Renders compiled templates into one byte buffer, as swift-mustache renders the same text with the same values.
struct TemplateRenderer {
    /// How deep partials and parents may include one another: swift-mustache has no bound and overflows the stack
    /// on a partial that includes itself; deeper includes render nothing here.
    static let maximumPartialDepth = 100
    /// How deep sections, blocks and partials may nest in all, so that rendering cannot overflow the stack.
    static let maximumNesting = 400

    /// What a piece of content is rendered with, besides the context stack: swift-mustache's `MustacheContext`.
    struct Frame {
        /// The template whose operations are running.
        var template: Int
        /// Where the iteration stands, for the content a list section renders for one item; nil elsewhere.
        var sequence: SequencePosition?
        /// Written before each operation's output when this content's output so far ends with `\n`.
        var indentation: [UInt8]
        /// The blocks a parent's caller gave, by name.
        var overrides: [String: BlockReference]?
        var escaping: Escaping
        var nesting: Int
        var partialDepth: Int
    }

    private let templates: [CompiledTemplate?]
    private let indexByName: [String: Int]
    private(set) var output: [UInt8] = []
    private var stack: [ContextValue]
    /// Operations run and lookups made, for the tests that check rendering does linear work.
    private(set) var steps = 0

    init(templates: [CompiledTemplate?], indexByName: [String: Int], root: TemplateValues, capacity: Int) {
        self.templates = templates
        self.indexByName = indexByName
        stack = [.value(.group(root))]
        output.reserveCapacity(capacity)
    }

    /// Renders the whole template at `index`.
    mutating func render(template index: Int) {
        guard let operations = templates[index]?.operations else { return }
        let frame = Frame(template: index, sequence: nil, indentation: [], overrides: nil, escaping: .html,
                          nesting: 0, partialDepth: 0)
        render(0..<operations.count, of: operations, frame: frame)
    }

    private mutating func render(_ range: Range<Int>, of operations: [Operation], frame: Frame) {
        guard frame.nesting < Self.maximumNesting else { return }
        var frame = frame
        let start = output.count
        var index = range.lowerBound
        while index < range.upperBound {
            steps += 1
            // swift-mustache indents a token's output, when there is some, if its content's output so far ends
            // with the Character "\n" ("\r\n" is another Character): per token, not per line.
            if !frame.indentation.isEmpty, endsWithNewline(since: start) {
                output.append(contentsOf: frame.indentation)
                let mark = output.count
                index = render(operationAt: index, of: operations, frame: &frame)
                if output.count == mark { output.removeLast(frame.indentation.count) }
            } else {
                index = render(operationAt: index, of: operations, frame: &frame)
            }
        }
    }

    private func endsWithNewline(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
        return count - 2 < start || output[count - 2] != UInt8(ascii: "\r")
    }

    /// Renders one operation and gives the index of the next.
    private mutating func render(operationAt index: Int, of operations: [Operation], frame: inout Frame) -> Int {
        switch operations[index] {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let path, let escaped):
            guard let value = lookUp(path, frame: frame) else { break }
            write(value, escaped: escaped && frame.escaping == .html)
        case .section(let path, let end):
            renderSection(lookUp(path, frame: frame), content: (index + 1)..<end, of: operations, frame: frame)
            return end
        case .invertedSection(let path, let end):
            renderInvertedSection(lookUp(path, frame: frame), content: (index + 1)..<end, of: operations, frame: frame)
            return end
        case .block(let name, let indentation, let end):
            var inner = frame
            inner.sequence = nil
            inner.indentation += indentation
            inner.nesting += 1
            if let override = frame.overrides?[name], let overriding = templates[override.template]?.operations {
                inner.template = override.template
                render(override.range, of: overriding, frame: inner)
            } else {
                render((index + 1)..<end, of: operations, frame: inner)
            }
            return end
        case .blockDefinition(let end):
            return end
        case .partial(let target, let indentation, let overrides, let end):
            renderPartial(target, indentation: indentation, overrides: overrides, frame: frame)
            return end
        case .contentType(let escaping):
            frame.escaping = escaping
        }
        return index + 1
    }

    private mutating func write(_ value: ContextValue, escaped: Bool) {
        switch value {
        case .value(.text(let text)):
            if escaped { HTMLEscaping.escape(text, into: &output) } else { output.append(contentsOf: text.utf8) }
        case .value(.deferred(let deferred)):
            if escaped { HTMLEscaping.escape(deferred.text, into: &output) } else { output.append(contentsOf: deferred.text.utf8) }
        default:
            if escaped { HTMLEscaping.escape(value.shownText, into: &output) } else { output.append(contentsOf: value.shownText.utf8) }
        }
    }

    // MARK: Sections

    private mutating func renderSection(
        _ value: ContextValue?, content: Range<Int>, of operations: [Operation], frame: Frame
    ) {
        guard let value else { return }
        var inner = frame
        inner.nesting += 1
        switch value {
        case .value(.bool(let flag)):
            // The same context: a flag pushes nothing and keeps the iteration's position.
            if flag { render(content, of: operations, frame: inner) }
        case .value(.list(let items)):
            renderItems(items.lazy.map(ContextValue.value), count: items.count, content: content, of: operations, frame: inner)
        case .reversedList(let items):
            renderItems(items.reversed().lazy.map(ContextValue.value), count: items.count, content: content,
                        of: operations, frame: inner)
        case .pairs(let pairs, let reversed):
            let entries = pairs.lazy.map { ContextValue.pair(key: $0.key, value: $0.value) }
            if reversed {
                renderItems(entries.reversed(), count: pairs.count, content: content, of: operations, frame: inner)
            } else {
                renderItems(entries, count: pairs.count, content: content, of: operations, frame: inner)
            }
        default:
            inner.sequence = nil
            stack.append(value)
            render(content, of: operations, frame: inner)
            stack.removeLast()
        }
    }

    private mutating func renderItems<Items: Sequence<ContextValue>>(
        _ items: Items, count: Int, content: Range<Int>, of operations: [Operation], frame: Frame
    ) {
        var inner = frame
        var position = SequencePosition(first: true, last: false, index: 0)
        for item in items {
            position.last = position.index == count - 1
            inner.sequence = position
            stack.append(item)
            render(content, of: operations, frame: inner)
            stack.removeLast()
            position.first = false
            position.index += 1
        }
    }

    private mutating func renderInvertedSection(
        _ value: ContextValue?, content: Range<Int>, of operations: [Operation], frame: Frame
    ) {
        var inner = frame
        inner.nesting += 1
        guard let value else {
            render(content, of: operations, frame: inner)
            return
        }
        if value.isSequence {
            // swift-mustache pushes the empty list itself.
            guard value.isEmptySequence else { return }
            inner.sequence = nil
            stack.append(value)
            render(content, of: operations, frame: inner)
            stack.removeLast()
        } else if case .value(.bool(false)) = value {
            render(content, of: operations, frame: inner)
        }
    }

    // MARK: Partials

    private mutating func renderPartial(
        _ target: PartialTarget, indentation: [UInt8]?, overrides: [String: BlockReference]?, frame: Frame
    ) {
        guard frame.partialDepth < Self.maximumPartialDepth else { return }
        let index: Int?
        switch target {
        case .fixed(let fixed):
            index = fixed
        case .dynamic(let path):
            guard case .value(.text(let name)) = lookUp(path, frame: frame) else { return }
            index = indexByName[name]
        }
        guard let index, let operations = templates[index]?.operations else { return }
        var inner = frame
        inner.template = index
        inner.sequence = nil
        if let indentation { inner.indentation += indentation }
        if let overrides {
            // The caller's caller wins: its blocks were given first.
            inner.overrides = frame.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
        }
        inner.escaping = .html
        inner.nesting += 1
        inner.partialDepth += 1
        render(0..<operations.count, of: operations, frame: inner)
    }

    // MARK: Lookups

    /// The value `path` names, its transforms applied: nil when a part or a transform gives nothing.
    private mutating func lookUp(_ path: ValuePath, frame: Frame) -> ContextValue? {
        steps += 1
        var value: ContextValue
        var transforms = path.transforms[...]
        switch path.start {
        case .top:
            guard let top = stack.last else { return nil }
            value = top
        case .sequenceContext:
            guard let position = frame.sequence, let transform = transforms.popFirst(),
                let transformed = position.transformed(transform)
            else { return nil }
            value = transformed
        case .anchored:
            guard let top = stack.last, let found = Self.follow(path.names[...], from: top) else { return nil }
            value = found
        case .climbing:
            guard let first = path.names.first else {
                guard let top = stack.last else { return nil }
                value = top
                break
            }
            var found: ContextValue?
            var level = stack.count - 1
            while level >= 0 {
                if let child = stack[level].child(named: first) {
                    found = Self.follow(path.names.dropFirst(), from: child)
                    break
                }
                level -= 1
            }
            guard let found else { return nil }
            value = found
        }
        for transform in transforms {
            guard let transformed = value.transformed(transform) else { return nil }
            value = transformed
        }
        return value
    }

    private static func follow(_ names: ArraySlice<String>, from value: ContextValue) -> ContextValue? {
        var value = value
        for name in names {
            guard let child = value.child(named: name) else { return nil }
            value = child
        }
        return value
    }
}
