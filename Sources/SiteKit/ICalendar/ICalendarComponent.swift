/// A component of an iCalendar stream (RFC 5545): `VCALENDAR`, `VEVENT`, `VTIMEZONE`, `STANDARD`…
public struct ICalendarComponent: Sendable, Equatable {
    /// The component's name, upper-case (`VEVENT`).
    public let name: String
    /// Its properties, in the order they are written.
    public var properties: [ICalendarProperty]
    /// The components nested in it, written after its properties.
    public var components: [ICalendarComponent]

    /// Makes a component.
    public init(_ name: String, properties: [ICalendarProperty] = [], components: [ICalendarComponent] = []) {
        self.name = name
        self.properties = properties
        self.components = components
    }

    /// Its content lines, unfolded: `BEGIN:…`, the properties, the nested components, `END:…`.
    var contentLines: [String] {
        ["BEGIN:" + name] + properties.map(\.contentLine) + components.flatMap(\.contentLines) + ["END:" + name]
    }
}
