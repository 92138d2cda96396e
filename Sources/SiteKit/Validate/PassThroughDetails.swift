/// Details of kinds whose keys are not typed yet: known keys, handed to the theme as written.
struct PassThroughDetails: PageDetails {
    let values: [String: YAMLNode]

    func templateValues(_ environment: RenderEnvironment) -> TemplateValues {
        TemplateValue.from(values)
    }

    static func read(keys: [String], from fields: inout FieldReader) -> PassThroughDetails {
        var values: [String: YAMLNode] = [:]
        for key in keys {
            if let entry = fields.entry(key) { values[key] = entry.value }
        }
        return PassThroughDetails(values: values)
    }

    enum Event: PageDetailsReader {
        static func read(_ fields: inout FieldReader, context: ValidationContext, log: inout DiagnosticLog) -> (any PageDetails)? {
            PassThroughDetails.read(keys: ["start", "end", "type", "place", "address", "commune", "organisers", "partners", "public",
                                           "free", "price", "registration", "accessibility", "status", "online", "lat", "lon", "sism"],
                                    from: &fields)
        }
    }
}
