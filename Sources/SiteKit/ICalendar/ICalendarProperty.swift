/// One property of a component: name, parameters and value, the value already in its RFC 5545 form.
public struct ICalendarProperty: Sendable, Equatable {
    /// The property name, upper-case (`DTSTART`).
    public let name: String
    /// Its parameters in the order written (`TZID` → `Europe/Paris`), values unquoted.
    public let parameters: [Parameter]
    /// The value as it is written after the colon.
    public let value: String

    /// One `NAME=value` parameter.
    public struct Parameter: Sendable, Equatable {
        /// The parameter name (`TZID`, `VALUE`).
        public let name: String
        /// Its value as given; quoted when written if it needs to be.
        public let value: String

        /// Makes a parameter.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A property whose value is already in its written form (a date, a URI, a number, a status word).
    public init(_ name: String, raw value: String, parameters: [Parameter] = []) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    /// A TEXT property: backslash, `;`, `,` and line ends escaped.
    public init(_ name: String, text: String, parameters: [Parameter] = []) {
        self.init(name, raw: ICalendarText.escape(text), parameters: parameters)
    }

    /// The content line before folding: `NAME;PARAM=value:value`.
    var contentLine: String {
        let written = parameters.map { ";" + $0.name + "=" + ICalendarText.parameterValue($0.value) }.joined()
        return name + written + ":" + value
    }
}
