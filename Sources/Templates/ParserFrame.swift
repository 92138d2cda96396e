/// What the parser knows about the content it is reading: swift-mustache's parser state, plus what it needs to finish
/// the tag that opened this content. swift-mustache parses a section by recursion; this parser keeps a stack of
/// frames instead, so that no text, however deeply nested, can overflow the stack.
struct ParserFrame {
    /// The tag that opened this content, and where its operation stands.
    enum Opener {
        case root
        case section(ValuePath, operation: Int, inverted: Bool)
        case parent(PartialTarget, indentation: String, operation: Int)
        case blockDefinition(name: String, operation: Int)
        case block(name: String, indentation: String, operation: Int)
    }

    private(set) var opener: Opener
    /// The name the closing tag must repeat, with its transforms; nil at the root.
    var sectionName: String?
    var sectionTransforms: [String] = []
    /// Whether the cursor is at the start of a line, where a tag may stand alone.
    var newLine = true
    /// Inside a parent (`{{<name}}`), at any depth.
    var isPartialDefinition = false
    /// Directly inside a parent, where `{{$name}}` defines a block rather than expands one.
    var isPartialDefinitionTopLevel = false
    var startDelimiter: [Character] = ["{", "{"]
    var endDelimiter: [Character] = ["}", "}"]
    /// Inside a block of a parent: how many Characters of indentation the block's first line had, removed from the
    /// lines after it.
    var partialDefinitionIndent: Int?
    /// The spaces and tabs read at the start of the line, not yet written.
    var whiteSpaceBefore = ""
    /// How many `#` sections enclose this content, for `TemplateTagInfo.sections`.
    var sections = 0
    /// Whether the opening tag stood alone: the enclosing content is at the start of a line once this one closes.
    var openerStoodAlone = false
    /// A parent's content holds something other than text and block definitions.
    var holdsIllegalToken = false
    /// A parent's block definitions so far, by name: the last of a name wins.
    var definitions: [String: Range<Int>] = [:]

    /// The root of a template.
    init() {
        opener = .root
    }

    /// The content of a section or a block, opened in `enclosing` by a tag that stood alone or not.
    init(_ opener: Opener, in enclosing: ParserFrame, name: String, transforms: [String] = [], standalone: Bool) {
        self = enclosing
        self.opener = opener
        sectionName = name
        sectionTransforms = transforms
        isPartialDefinitionTopLevel = false
        newLine = standalone
        whiteSpaceBefore = ""
        openerStoodAlone = standalone
        holdsIllegalToken = false
        definitions = [:]
        if case .section(_, _, inverted: false) = opener { sections += 1 }
    }

    /// The content of a parent (`{{<name}}`), which always starts as at the start of a line.
    init(parent opener: Opener, in enclosing: ParserFrame, name: String, standalone: Bool) {
        self.init(opener, in: enclosing, name: name, standalone: true)
        isPartialDefinition = true
        isPartialDefinitionTopLevel = true
        openerStoodAlone = standalone
    }
}
