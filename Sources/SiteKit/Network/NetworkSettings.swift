/// The `network:` block of a network site's `site.yml`: the CLSMs whose published data it gathers.
public struct NetworkSettings: Sendable {
    /// Each member's `exports`: a folder holding its published files (relative to the site folder), as written.
    public let members: [Located<String>]

    /// Reads the block; nil when it is absent.
    static func read(_ fields: inout FieldReader, log: inout DiagnosticLog) -> NetworkSettings? {
        guard var group = fields.group("network", log: &log) else { return nil }
        let items = group.groupList("members", itemDescription: "`exports`", log: &log)
        if items.isEmpty, group.entry("members") == nil {
            log.error(.networkMembersMissing(), at: group.location)
        }
        let members = items.compactMap { item -> Located<String>? in
            var item = item
            let exports = item.text("exports", required: true, log: &log)
            item.warnAboutUnknownKeys(log: &log, context: .inItem(fr: "un membre du réseau", en: "a network member"))
            return exports
        }
        group.warnAboutUnknownKeys(log: &log, context: .inGroup("network"))
        return NetworkSettings(members: members)
    }
}
