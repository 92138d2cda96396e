/// Why a content file that exists is not published.
public enum UnpublishedReason: Sendable, Equatable {
    /// Its front matter has errors, or it gets no address (its slug is empty, or another page has its address):
    /// reported on their own.
    case invalid
    /// `draft: true`, built without `--drafts`.
    case draft
    /// Dated after the build's "now".
    case future(LocalDateTime)

    /// How a message about a link to it ends: `which is a draft`.
    var explanation: String {
        switch self {
        case .invalid: return "has errors"
        case .draft: return "is a draft (`draft: true`)"
        case .future(let date): return "is dated in the future (\(date))"
        }
    }
}
