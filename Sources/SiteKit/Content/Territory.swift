import Templates

/// The territory a CLSM covers: `territory: {name, communes}` in site.yml.
public struct Territory: Sendable, Equatable {
    /// Its name (« Agglomération messine (Metz Métropole) »).
    public let name: String
    /// The communes it gathers, in the order written.
    public let communes: [String]

    /// Reads the `territory` block; nil when it is absent or unusable.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> Territory? {
        guard var group = fields.group("territory", log: &log) else { return nil }
        let name = group.text("name", required: true, log: &log)
        let communes = group.textList("communes", log: &log).map(\.value).filter { !$0.isEmpty }
        group.warnAboutUnknownKeys(log: &log, context: "territory")
        guard let name else { return nil }
        return Territory(name: name.value, communes: communes)
    }

    /// `site.territory`: `name`, `communes`, `has_communes`.
    func templateValues(_ french: FrenchStyle) -> TemplateValues {
        ["name": .text(french.text(name)), "communes": .texts(communes.map(french.text)), "has_communes": .bool(!communes.isEmpty)]
    }
}
