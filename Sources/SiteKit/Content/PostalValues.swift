import FrenchText
import Templates

/// The template values of a name with an address and a phone number, as every contact block shows them.
enum PostalValues {
    /// `name`, `address_lines` (one a line of the address), `phone.display` and `phone.tel`.
    static func make(name: String, address: String?, phone: FrenchPhone?, french: FrenchStyle) -> TemplateValues {
        var values: TemplateValues = ["name": .text(french.text(name))]
        if let address {
            values["address_lines"] = .texts(address.split(separator: "\n").map { french.text(String($0).trimmingSpaces) })
        }
        if let phone { values["phone"] = .group(phoneValues(phone)) }
        return values
    }

    /// « 03 87 56 27 68 » as `display`, `tel:+33387562768` as `tel`.
    static func phoneValues(_ phone: FrenchPhone) -> TemplateValues {
        ["display": .text(phone.display), "tel": .text(phone.telURI)]
    }
}
