/// A validated site: its settings and every page that will be published.
public struct SiteModel: Sendable {
    /// The settings from `site.yml`.
    public let config: SiteConfig
    /// The published pages, sorted by content path: drafts and future pages already left out.
    public let pages: [Page]
    /// Content files that exist but are not published, with why (`a draft`): links to them get a precise message.
    public let unpublished: [String: UnpublishedReason]
    /// The content files whose front matter has errors, as far as their body goes (title and keys left empty): the
    /// links and images of their body do not depend on those errors, and are checked in the same run.
    let bodiesInError: [Page]
    /// The `category` of each guide entry whose front matter has other errors, written as an id: whether the guide's
    /// vocabulary has it does not depend on those errors.
    let categoriesOfEntriesInError: [Located<String>]
    /// How many events name each SISM year with `sism:`, those with errors and drafts included: an edition that fails
    /// to read is reported once with this count.
    let eventsNamingEditions: [Int: Int]
}
