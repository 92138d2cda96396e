/// `params:` of site.yml: the theme's colours, checked, and any other value a site's own layouts read.
public struct ThemeParams: Sendable {
    /// The colours the theme knows, by key, with the CSS custom property each sets.
    static let colorProperties: [(key: String, property: String)] = [
        ("primary_color", "--primary"), ("accent_color", "--accent"),
        ("text_color", "--text"), ("background_color", "--background"),
    ]

    /// The colours a site set, by key (`primary_color`).
    public let colors: [String: HexColor]
    /// Every param as written, for a site's own templates (`site.params.…`).
    public let values: [String: YAMLNode]

    /// No params: the theme's own colours.
    static let none = ThemeParams(colors: [:], values: [:])

    /// Reads `params`; colours must be `#rgb` or `#rrggbb`, and readable on the background (WCAG 4.5:1).
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> ThemeParams {
        guard let group = fields.group("params", log: &log) else { return .none }
        let known = colorProperties.map(\.key)
        var colors: [String: HexColor] = [:]
        var locations: [String: SourceLocation] = [:]
        var values: [String: YAMLNode] = [:]
        for entry in group.entries {
            values[entry.key] = entry.value
            guard known.contains(entry.key) else {
                // Other params are free, but one that looks like a known colour is surely a typo.
                if let near = KeySuggestion.closest(to: entry.key, among: known) {
                    log.warning(.unknownParam(entry.key, suggestion: near), at: entry.keyLocation)
                }
                continue
            }
            guard case .scalar(let text, _) = entry.value.value, let color = HexColor(text.trimmingSpaces) else {
                var written = entry.value.kindDescription
                if case .scalar(let text, _) = entry.value.value { written = Wording(fr: "`\(text)`", en: "`\(text)`") }
                log.error(.notColour(entry.key, written: written), at: entry.value.location)
                continue
            }
            colors[entry.key] = color
            locations[entry.key] = entry.value.location
        }
        checkContrast(colors, locations: locations, log: &log)
        return ThemeParams(colors: colors, values: values)
    }

    /// Text, links and headings are drawn in these colours on the background, and white text on the primary colour.
    private static func checkContrast(_ colors: [String: HexColor], locations: [String: SourceLocation], log: inout DiagnosticLog) {
        let background = colors["background_color"] ?? .white
        for key in ["primary_color", "accent_color", "text_color"] {
            guard let color = colors[key], let location = locations[key] else { continue }
            var grounds: [(name: String?, color: HexColor)] = [(background.description, background)]
            if key == "primary_color" && background != .white { grounds.append((nil, .white)) }
            for (name, ground) in grounds {
                let ratio = color.contrast(with: ground)
                if ratio < 4.5 {
                    let shown = (ratio * 10).rounded(.down) / 10
                    log.warning(.lowContrast(key, colour: color.description, ratio: "\(shown)", background: name),
                                at: location)
                }
            }
        }
    }

    /// The CSS custom properties the base layout sets (`--primary: #1f4e79;`), empty when no colour is set.
    var cssDeclarations: String {
        Self.colorProperties.compactMap { pair in colors[pair.key].map { "\(pair.property): \($0);" } }.joined(separator: " ")
    }
}
