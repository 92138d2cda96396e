/// The encodings a spreadsheet's CSV is read in: what French office suites save.
public enum SpreadsheetEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// Windows-1252, a French spreadsheet's « CSV (séparateur : point-virgule) ».
    case windows1252 = "windows-1252"
}

/// The text of a CSV file: UTF-8 when its bytes are (a BOM dropped), else Windows-1252, unless an encoding is named.
enum SpreadsheetText {
    /// The decoded text, or nil with the reason in `log` (named UTF-8 that is not, a NUL byte).
    static func decode(_ bytes: [UInt8], file: String, encoding: SpreadsheetEncoding?, log: inout DiagnosticLog) -> String? {
        if let nul = bytes.firstIndex(of: 0) {
            log.error(.spreadsheetNUL(), at: location(of: nul, in: bytes, file: file))
            return nil
        }
        var body = bytes[...]
        let hasBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { body = body.dropFirst(3) }
        switch encoding {
        case .windows1252:
            return windows1252(bytes[...])
        case .utf8:
            guard let text = String(validating: body, as: UTF8.self) else {
                log.error(.spreadsheetNotUTF8(),
                          at: location(of: firstInvalidUTF8(body), in: bytes, file: file))
                return nil
            }
            return text
        case nil:
            // Windows-1252 text with any accent is never valid UTF-8; valid UTF-8 is read as UTF-8.
            return String(validating: body, as: UTF8.self) ?? windows1252(body)
        }
    }

    /// `bytes` read as Windows-1252: Latin-1, except 0x80–0x9F, which hold `€`, `œ`, typographic quotes and dashes.
    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The characters of 0x80–0x9F; the five bytes Windows-1252 leaves unassigned keep their C1 control.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The index of the first byte that does not decode as UTF-8.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// The line and column (in bytes, 1-based) of the byte at `offset`.
    private static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }
}
