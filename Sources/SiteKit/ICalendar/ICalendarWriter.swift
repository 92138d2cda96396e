/// Writes iCalendar streams as RFC 5545 asks: CRLF line ends, lines folded at 75 octets.
public enum ICalendarWriter {
    /// The longest a line may be, in octets, its CRLF not counted.
    static let maximumLineOctets = 75

    /// The whole stream of `calendar` (a `VCALENDAR`), every line folded and ended by CRLF.
    public static func write(_ calendar: ICalendarComponent) -> String {
        var result = ""
        for line in calendar.contentLines {
            result += fold(line)
        }
        return result
    }

    /// One content line folded: at most 75 octets a line, continuation lines starting with a space,
    /// never splitting the UTF-8 bytes of one character; each line ends with CRLF.
    public static func fold(_ line: String) -> String {
        let utf8 = line.utf8
        guard utf8.count > maximumLineOctets else { return line + "\r\n" }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + utf8.count / 70 * 3 + 2)
        var octets = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let lead = utf8[index]
            // A scalar's length from its lead byte: the bytes of one character stay on one line.
            let size = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = utf8.index(index, offsetBy: size, limitedBy: utf8.endIndex) ?? utf8.endIndex
            if octets + size > maximumLineOctets {
                result.append(contentsOf: [0x0D, 0x0A, 0x20])
                octets = 1
            }
            result.append(contentsOf: utf8[index..<end])
            octets += size
            index = end
        }
        result.append(contentsOf: [0x0D, 0x0A])
        return String(decoding: result, as: UTF8.self)
    }
}
