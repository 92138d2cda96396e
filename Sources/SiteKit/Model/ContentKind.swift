/// What a content file is, decided by its first folder (`guide/` → resource…).
public enum ContentKind: String, Sendable, CaseIterable {
    case page
    case action
    case news
    case resource
    case event

    /// The folders that give their files a kind, before a site's own `sections:`.
    public static let defaultSections: [String: ContentKind] = [
        "guide": .resource,
        "agenda": .event,
        "actions": .action,
        "actualites": .news,
    ]
}
