import CLibYAML

/// Reads one YAML document with libyaml's event parser (Debian's `libyaml-dev`), handing each event to a
/// `YAMLComposer`: no tree is built but the `YAMLNode`s themselves.
///
/// It reads as Yams 6 did with the libyaml it carried, a later one than Debian's 0.2.5: the same problems at the same
/// marks, down to two of that libyaml's changes it copies (a limit on nesting, and `[?]` closing its list).
enum YAMLEventReader {
    /// How deeply collections may nest, brackets included, in the libyaml that Yams carried.
    fileprivate static let maximumNesting = 1000

    /// The node of the document `yaml` (nil when it has none), built by `composer`.
    static func read(_ yaml: String, into composer: inout YAMLComposer) -> Result<YAMLNode?, YAMLProblem> {
        var text = yaml
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
            defer {
                parser.deallocate()
                event.deallocate()
            }
            guard yaml_parser_initialize(parser) == 1 else { return .failure(.outOfMemory) }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, start, bytes.count)
            var reading = Reading(parser: parser, event: event, composer: composer)
            defer { composer = reading.composer }
            do throws(YAMLProblem) {
                return .success(try reading.document())
            } catch {
                return .failure(error)
            }
        }
    }
}

/// One pass of libyaml's parser over a document.
private struct Reading {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let event: UnsafeMutablePointer<yaml_event_t>
    var composer: YAMLComposer

    /// The document's node, after checking that the stream holds no other document.
    mutating func document() throws(YAMLProblem) -> YAMLNode? {
        var hasDocument = false
        while true {
            if try closesFlowKey() { continue }
            guard yaml_parser_parse(parser, event) == 1 else { throw problem() }
            defer { yaml_event_delete(event) }
            switch event.pointee.type {
            case YAML_STREAM_END_EVENT:
                return composer.root
            case YAML_DOCUMENT_START_EVENT where hasDocument:
                // Yams's words when a second `---` document follows the first.
                throw YAMLProblem.syntax("but found another document", line: line(event.pointee.start_mark),
                                                     column: Int(event.pointee.start_mark.column) + 1)
            case YAML_DOCUMENT_START_EVENT:
                hasDocument = true
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                var bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                // Yams decoded scalars with Foundation, which drops a byte order mark that starts the text.
                if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                    bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3))
                }
                let text = String(decoding: bytes, as: UTF8.self)
                try composer.scalar(text, isQuoted: scalar.style != YAML_PLAIN_SCALAR_STYLE,
                                    tag: scalar.quoted_implicit == 1 ? nil : tag(scalar.tag, default: "str"),
                                    anchor: string(scalar.anchor), at: location(event.pointee.start_mark))
            case YAML_ALIAS_EVENT:
                try composer.alias(string(event.pointee.data.alias.anchor) ?? "", at: location(event.pointee.start_mark))
            case YAML_SEQUENCE_START_EVENT:
                try checkNesting()
                let start = event.pointee.data.sequence_start
                composer.open(mapping: false, tag: tag(start.tag, default: "seq"), anchor: string(start.anchor),
                              at: location(event.pointee.start_mark))
            case YAML_MAPPING_START_EVENT:
                try checkNesting()
                let start = event.pointee.data.mapping_start
                composer.open(mapping: true, tag: tag(start.tag, default: "map"), anchor: string(start.anchor),
                              at: location(event.pointee.start_mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try composer.close()
            default:
                break
            }
        }
    }

    /// libyaml after 0.2.5 reads `[?]` as a list holding a group of one empty key and value; 0.2.5 skips the `]`.
    /// When the parser is after a flow key's `?` and `]` comes, this does what the later parser does.
    private mutating func closesFlowKey() throws(YAMLProblem) -> Bool {
        guard parser.pointee.state == YAML_PARSE_FLOW_SEQUENCE_ENTRY_MAPPING_KEY_STATE else { return false }
        guard parser.pointee.token_available == 1 || yaml_parser_fetch_more_tokens(parser) == 1 else { throw problem() }
        guard let token = parser.pointee.tokens.head, token.pointee.type == YAML_FLOW_SEQUENCE_END_TOKEN else { return false }
        parser.pointee.state = YAML_PARSE_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE_STATE
        try composer.scalar("", isQuoted: false, tag: nil, anchor: nil, at: location(token.pointee.start_mark))
        return true
    }

    /// The later libyaml refuses a collection that starts with `maximumNesting` indentation levels open, less the
    /// brackets open: the same test on the parser's state once the collection's event has come.
    private func checkNesting() throws(YAMLProblem) {
        let state = parser.pointee.state
        guard state == YAML_PARSE_BLOCK_SEQUENCE_FIRST_ENTRY_STATE || state == YAML_PARSE_FLOW_SEQUENCE_FIRST_ENTRY_STATE
                || state == YAML_PARSE_BLOCK_MAPPING_FIRST_KEY_STATE || state == YAML_PARSE_FLOW_MAPPING_FIRST_KEY_STATE,
              let top = parser.pointee.indents.top, let bottom = parser.pointee.indents.start,
              let token = parser.pointee.tokens.head else { return }
        guard top - bottom >= YAMLEventReader.maximumNesting - Int(parser.pointee.flow_level) else { return }
        throw YAMLProblem.syntax("Maximum nesting level reached, set with yaml_set_max_nest_level())",
                                             line: line(token.pointee.start_mark), column: Int(token.pointee.start_mark.column) + 1)
    }

    /// The parser's error, as Yams reported it.
    private func problem() -> YAMLProblem {
        let parser = self.parser.pointee
        let text = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            return .unreadable(text)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            return .syntax(text, line: line(parser.problem_mark), column: Int(parser.problem_mark.column) + 1)
        default:
            return .outOfMemory
        }
    }

    private func line(_ mark: yaml_mark_t) -> Int { Int(mark.line) + 1 }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        composer.location(line: Int(mark.line), column: Int(mark.column))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An explicit tag, nil when it is the kind's default (`!!str` for a scalar) or `!`: then keys compare by text.
    private func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, default kind: String) -> String? {
        guard let tag = string(pointer), !tag.isEmpty, tag != "!", tag != "tag:yaml.org,2002:" + kind else { return nil }
        return tag
    }
}
