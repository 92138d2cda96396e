/// The guide as a spreadsheet: `ressources.csv`, in the columns and words `clsm import` reads, so that a spreadsheet
/// imported, built and exported gives back its rows. `;`-separated, UTF-8 with a byte order mark, CRLF (RFC 4180).
enum GuideCSV {
    /// The whole file: the heading row, then one row per entry in the guide's order.
    static func text(of entries: [GuideEntry]) -> String {
        var text = "\u{FEFF}"
        text += row(ImportColumns.standard.map(\.heading))
        for entry in entries {
            text += row(ImportColumns.standard.map { cell(of: entry, key: $0.key) })
        }
        return text
    }

    /// The cell of `entry` in the column of `key`, as a spreadsheet shows it.
    static func cell(of entry: GuideEntry, key: String) -> String {
        let details = entry.details
        switch key {
        case "slug": return entry.id
        case "title": return entry.title
        case "category": return entry.category.id
        case "description": return entry.description ?? ""
        case "address": return details.address ?? ""
        case "postal_code": return details.postalCode ?? ""
        case "commune": return details.commune
        case "phone": return details.phone?.display ?? ""
        case "email": return details.email ?? ""
        case "website": return details.website ?? ""
        case "hours": return details.hours ?? ""
        case "publics": return details.publics.joined(separator: ", ")
        case "age_min": return details.ageMin.map(String.init) ?? ""
        case "age_max": return details.ageMax.map(String.init) ?? ""
        case "access": return details.access ?? ""
        case "cost": return details.cost.map { SpreadsheetValues.cell(ofValue: $0.rawValue, key: key) } ?? ""
        case "sector": return details.sector.joined(separator: ", ")
        case "lat": return details.coordinates.map { String($0.latitude) } ?? ""
        case "lon": return details.coordinates.map { String($0.longitude) } ?? ""
        case "emergency": return details.isEmergency ? SpreadsheetValues.cell(ofValue: "true", key: key) : ""
        case "updated": return details.lastChecked?.value.description ?? ""
        default: return ""
        }
    }

    /// One line: cells joined by `;`, each quoted when it holds a separator, a quote or a line break.
    private static func row(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            var quoted = "\""
            for scalar in cell.unicodeScalars {
                if scalar == "\"" { quoted += "\"" }
                quoted.unicodeScalars.append(scalar)
            }
            return quoted + "\""
        }.joined(separator: ";") + "\r\n"
    }
}
