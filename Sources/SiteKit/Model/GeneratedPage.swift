import Templates

/// A page made from the site's data rather than from a content file: a guide index, an SISM calendar, « Mentions légales ».
///
/// A content file published at the same URL replaces it.
public struct GeneratedPage: Sendable {
    /// Its URL path relative to the site's base (`guide/categories/gem/`).
    public let urlPath: String
    /// Its title.
    public let title: String
    /// The template that lays it out.
    public let layout: String
    /// A one-sentence summary.
    public var description: String?
    /// Values merged into `page` for its template (`page.entries`, `page.days`).
    public var values: TemplateValues
    /// The URL path of the page it stands under, for breadcrumbs.
    public var parentURLPath: String?
    /// The layout used when the theme has no `layout` (`page` for the 404 page); nil makes that an error.
    public var fallbackLayout: String?

    /// Makes a generated page.
    public init(urlPath: String, title: String, layout: String, description: String? = nil,
                values: TemplateValues = [:], parentURLPath: String? = nil) {
        self.urlPath = urlPath
        self.title = title
        self.layout = layout
        self.description = description
        self.values = values
        self.parentURLPath = parentURLPath
    }
}
