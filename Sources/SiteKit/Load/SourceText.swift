import Glibc

/// The text of a site file, decoded strictly: UTF-8 only, no NUL, line ends made `\n`, BOM dropped.
public struct SourceText: Sendable {
    /// The decoded text with `\n` line ends.
    public let text: String

    /// Decodes `bytes`, or records why they are not a text an editor can fix and returns nil.
    public static func decode(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> SourceText? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Most files are valid UTF-8 with `\n` line ends: taken as they are. The others are decoded one scalar at a
        // time, to give the line and column of a mistake and to turn CR and CRLF into `\n`.
        let hasCROrNUL = body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0x0D, buffer.count) != nil || memchr(base, 0x00, buffer.count) != nil
        }
        if !hasCROrNUL, let text = String(validating: body, as: UTF8.self) {
            return SourceText(text: text)
        }

        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        var previousWasCR = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    log.error(.nulCharacter(), at: SourceLocation(file: file, line: line, column: column))
                    return nil
                }
                // CRLF and CR alone both end a line: keep one `\n`.
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue decoding
                }
                previousWasCR = scalar == "\r"
                if scalar == "\r" || scalar == "\n" {
                    scalars.append("\n")
                    line += 1
                    column = 1
                } else {
                    scalars.append(scalar)
                    column += 1
                }
            case .emptyInput:
                break decoding
            case .error:
                log.error(.invalidUTF8(), at: SourceLocation(file: file, line: line, column: column))
                return nil
            }
        }
        return SourceText(text: String(scalars))
    }
}
