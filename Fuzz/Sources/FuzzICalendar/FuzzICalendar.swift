import SiteKit

/// Any text as an event's summary and location: the written stream, read back, gives the text again
/// (line ends as `\n`, other control characters dropped), with CRLF line ends and lines of at most 75 octets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICalendar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let event = ICalendarComponent("VEVENT", properties: [
        ICalendarProperty("SUMMARY", text: text),
        ICalendarProperty("LOCATION", text: text, parameters: [.init("ALTREP", ICalendarText.parameterValue(text))]),
    ])
    let stream = ICalendarWriter.write(ICalendarComponent("VCALENDAR", components: [event]))
    let bytes = Array(stream.utf8)
    var lineStart = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        if index == 0 || bytes[index - 1] != UInt8(ascii: "\r") { fatalError("a line end without CR") }
        if index - 1 - lineStart > 75 { fatalError("a line of \(index - 1 - lineStart) octets") }
        lineStart = index + 1
    }
    if bytes.indices.contains(where: { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }) {
        fatalError("a bare CR")
    }
    // Unfolded and split on bytes, as readers do: a continuation space followed by a combining mark is one
    // Character to Swift, and Character-based searching would miss the fold.
    var unfolded: [UInt8] = []
    var index = 0
    while index < bytes.count {
        if index + 2 < bytes.count && bytes[index] == 0x0D && bytes[index + 1] == 0x0A && bytes[index + 2] == 0x20 {
            index += 3
            continue
        }
        unfolded.append(bytes[index])
        index += 1
    }
    let prefix = Array("\r\nSUMMARY:".utf8)
    guard let start = unfolded.indices.first(where: { unfolded[$0...].starts(with: prefix) }) else { fatalError("no SUMMARY line") }
    let valueStart = start + prefix.count
    let valueEnd = unfolded[valueStart...].firstIndex(of: 0x0D) ?? unfolded.endIndex
    if unescape(String(decoding: unfolded[valueStart..<valueEnd], as: UTF8.self)) != expected(text) {
        fatalError("SUMMARY does not read back")
    }
    return 0
}

/// RFC 5545 3.3.11, read side.
private func unescape(_ value: String) -> String {
    var result = ""
    var escaping = false
    for character in value.unicodeScalars {
        if escaping {
            result.unicodeScalars.append(character == "n" || character == "N" ? "\n" : character)
            escaping = false
        } else if character == "\\" {
            escaping = true
        } else {
            result.unicodeScalars.append(character)
        }
    }
    return result
}

/// What a TEXT value can carry: line ends as `\n`, other control characters dropped.
private func expected(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
        defer { previousWasCR = scalar == "\r" }
        if scalar == "\r" { result.append("\n"); continue }
        if scalar == "\n" { if !previousWasCR { result.append("\n") }; continue }
        if scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F) { result.append(scalar) }
    }
    return String(result)
}
