/// The output side of the typography pass, and the French spacing rules themselves.
///
/// It knows nothing about markup: scanners feed it text scalars, spaces, line breaks and
/// opaque chunks (tags, URLs, code), and it writes them out, putting the right no-break space
/// between a word and `:` `;` `!` `?` `»`, and after `«`.
struct TypographyWriter {
    private typealias S = TypographyScalars

    private(set) var output: [UInt8] = []
    /// The last text scalar that was not a space, since the start or the last line or block
    /// boundary; nil means there is no word before.
    private var last: UInt32?
    /// Where in `output` the horizontal spaces written since `last` are; inline tags may
    /// follow them.
    private var spaceRun: Range<Int>?
    /// The scalar of `spaceRun` when it is exactly one space (kept if it is already right).
    private var spaceRunScalar: UInt32?

    init(capacity: Int) {
        output.reserveCapacity(capacity + capacity / 32 + 16)
    }

    /// A horizontal space (`raw` may be an entity such as `&nbsp;`).
    mutating func space(_ raw: ArraySlice<UInt8>, scalar: UInt32) {
        let start = output.count
        emit(raw)
        if let run = spaceRun, run.upperBound == start {
            spaceRun = run.lowerBound..<output.count
            spaceRunScalar = nil
        } else {
            spaceRun = start..<output.count
            spaceRunScalar = scalar
        }
    }

    /// A line break: what follows has no word before it.
    mutating func lineBreak(_ raw: ArraySlice<UInt8>) {
        emit(raw)
        last = nil
        spaceRun = nil
    }

    /// Markup that does not interrupt the sentence (inline tags, comments).
    mutating func transparent(_ raw: ArraySlice<UInt8>) {
        output.append(contentsOf: raw)
    }

    /// Markup that ends the sentence (block tags, `<pre>` blocks).
    mutating func boundary(_ raw: ArraySlice<UInt8>) {
        output.append(contentsOf: raw)
        last = nil
        spaceRun = nil
    }

    /// An opaque chunk that reads as a word (URL, e-mail address, `<code>` element, entity).
    /// `lastScalar` is its last character when that is text (a URL), so the context is the
    /// same as if it had been fed character by character; nil stands for a letter.
    mutating func word(_ raw: ArraySlice<UInt8>, lastScalar: UInt32? = nil) {
        spaceAfterOpeningGuillemet()
        output.append(contentsOf: raw)
        last = lastScalar ?? S.letter
        spaceRun = nil
    }

    /// A run of ordinary characters that take no spacing themselves (no `: ; ! ?`, no space,
    /// no « » “ ”): they only end the context, with their last character as `last`.
    mutating func plain(_ raw: ArraySlice<UInt8>) {
        spaceAfterOpeningGuillemet()
        output.append(contentsOf: raw)
        if let lastByte = raw.last {
            // Only ASCII and the C2/E2 characters (never in a plain run) matter as context.
            last = lastByte < 0x80 ? UInt32(lastByte) : S.letter
        }
        spaceRun = nil
    }

    /// A text character. `next` is the input byte that follows it, to recognise `18:30`.
    mutating func character(_ scalar: UInt32, raw: ArraySlice<UInt8>, next: UInt8?) {
        var scalar = scalar
        var replacement: [UInt8]?
        if scalar == S.leftDoubleQuote {
            scalar = S.openingGuillemet
            replacement = S.openingGuillemetBytes
        } else if scalar == S.rightDoubleQuote {
            scalar = S.closingGuillemet
            replacement = S.closingGuillemetBytes
        }
        spaceAfterOpeningGuillemet()
        if let previous = last, Self.wantsSpaceBefore(scalar), !Self.refusesSpaceAfter(previous),
           !(scalar == S.colon && Self.colonStaysGlued(previous: previous, hasSpace: spaceRun != nil, next: next)) {
            ensureSpace(scalar == S.colon ? S.noBreakSpace : S.narrowNoBreakSpace)
        }
        if let replacement {
            output.append(contentsOf: replacement)
        } else {
            emit(raw)
        }
        last = scalar
        spaceRun = nil
    }

    /// « takes a narrow no-break space after it, once something follows on the same line.
    private mutating func spaceAfterOpeningGuillemet() {
        if last == S.openingGuillemet { ensureSpace(S.narrowNoBreakSpace) }
    }

    /// Makes the spaces since the last word exactly one `scalar` (one of the two no-break
    /// spaces), replacing what was typed there or adding it.
    private mutating func ensureSpace(_ scalar: UInt32) {
        let bytes = scalar == S.noBreakSpace ? S.noBreakSpaceBytes : S.narrowNoBreakSpaceBytes
        if let run = spaceRun {
            guard spaceRunScalar != scalar else { return }
            output.replaceSubrange(run, with: bytes)
            spaceRun = run.lowerBound..<(run.lowerBound + bytes.count)
        } else {
            let start = output.count
            output.append(contentsOf: bytes)
            spaceRun = start..<output.count
        }
        spaceRunScalar = scalar
    }

    /// Appends `raw`; a single byte (most spaces and punctuation) skips the slice machinery.
    @inline(__always)
    private mutating func emit(_ raw: ArraySlice<UInt8>) {
        if raw.count == 1, let byte = raw.first {
            output.append(byte)
        } else {
            output.append(contentsOf: raw)
        }
    }

    private static func wantsSpaceBefore(_ scalar: UInt32) -> Bool {
        scalar == S.colon || scalar == S.semicolon || scalar == S.exclamation
            || scalar == S.question || scalar == S.closingGuillemet
    }

    /// Characters after which punctuation sticks: `(?)`, `?!`, `!!!`, `[:`.
    private static func refusesSpaceAfter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x28, 0x5B, 0x7B: return true  // ( [ {
        case S.question, S.exclamation, S.semicolon, S.colon: return true
        case 0xA1, 0xBF: return true  // ¡ ¿
        default: return false
        }
    }

    /// `18:30`, `1:2` (a colon between two digits) and `scheme://` (a URL glued to the word
    /// before it, which the scanner could not isolate) take no space.
    private static func colonStaysGlued(previous: UInt32, hasSpace: Bool, next: UInt8?) -> Bool {
        guard !hasSpace, let next else { return false }
        return next == UInt8(ascii: "/") || (isDigit(previous) && isDigit(UInt32(next)))
    }

    private static func isDigit(_ scalar: UInt32) -> Bool {
        scalar >= 0x30 && scalar <= 0x39
    }
}
