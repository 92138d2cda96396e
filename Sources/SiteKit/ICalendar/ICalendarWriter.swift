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
        var result = ""
        result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maximumLineOctets {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result + "\r\n"
    }
}
