import FrenchText

/// The `site` values every template receives, computed once per build.
struct SiteContext {
    /// The dictionary templates read as `site.…`, without the per-page `menu`.
    let values: TemplateValues

    init(site: ResolvedSite, french: FrenchStyle) {
        let config = site.config
        var values: TemplateValues = TemplateValue.from(config.extra)
        // Mustache cannot ask whether a list is empty; `has_<key>` tells it for every list of site.yml.
        for (key, node) in config.extra {
            if case .sequence(let items) = node.value { values["has_" + key] = !items.isEmpty }
        }
        values["title"] = french.text(config.title)
        if let description = config.description { values["description"] = french.text(description) }
        values["language"] = config.language
        values["url"] = config.baseURL.description
        values["root"] = config.baseURL.path
        if let logo = config.logo { values["logo"] = config.baseURL.sitePath(logo) }
        values["contact"] = Self.contact(config.contact, french: french)
        self.values = values
    }

    /// `site` for one page: the menu marks the entry of the page's section as current.
    func values(forPageAt urlPath: String, menu: [ResolvedMenuEntry]) -> TemplateValues {
        var values = self.values
        values["menu"] = menu.map { entry -> TemplateValues in
            let current = entry.urlPath.map { target in
                target.isEmpty ? urlPath.isEmpty : urlPath.hasPrefix(target)
            } ?? false
            return ["title": entry.title, "url": entry.href, "current": current, "exact": entry.urlPath == urlPath]
        }
        return values
    }

    private static func contact(_ contact: Contact, french: FrenchStyle) -> TemplateValues {
        var values: TemplateValues = ["name": french.text(contact.name)]
        if let address = contact.address {
            values["address_lines"] = address.split(separator: "\n").map { String($0).trimmingSpaces }
        }
        if let phone = contact.phone {
            values["phone"] = PhoneValue.from(phone.value)
        }
        if let email = contact.email { values["email"] = email }
        return values
    }
}

/// A phone number for templates: `display` (« 03 87 56 27 68 ») and `tel` (`tel:+33387562768`).
enum PhoneValue {
    static func from(_ raw: String) -> TemplateValues {
        guard let phone = FrenchPhone(raw) else { return ["display": raw] }
        return ["display": phone.display, "tel": phone.telURI]
    }
}
