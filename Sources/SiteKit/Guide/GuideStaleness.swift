/// A guide entry to check again: never checked, or last checked more than a year before the build's "now".
public struct StaleEntry: Sendable, Equatable, CustomStringConvertible {
    /// The `updated:` value, or the top of the file when there is none.
    public let location: SourceLocation
    /// The entry's title.
    public let title: String
    /// The last check (`2024-07-08`), nil when never checked.
    public let lastChecked: String?

    /// `content/guide/cmp.md:15:10: note: "CMP de Woippy" was last checked on 2024-07-08, more than a year ago`.
    public var description: String {
        let what = lastChecked.map { "was last checked on \($0), more than a year ago" }
            ?? "has never been checked: add `updated:` with the day of the check"
        return "\(location.file):\(location.line):\(location.column): note: \"\(title)\" \(what)"
    }
}

/// Lists the guide entries a coordinator should check again (`clsm stale`).
public enum GuideStaleness {
    /// The stale entries of the site in `folder`, never checked first, then the oldest; nil when the site cannot be read.
    /// Files with errors are left out; their errors are in `log`.
    public static func entries(in folder: SiteFolder, context: BuildContext, log: inout DiagnosticLog) -> [StaleEntry]? {
        guard let sources = SourceLoader.load(folder, log: &log),
              let model = SiteValidator.validate(sources, context: context, log: &log) else { return nil }
        let today = ZonedTime.calendarDate(of: context.now.instant(in: model.config.timeZone), in: model.config.timeZone)
        var stale: [(entry: StaleEntry, days: Int)] = []
        for page in model.pages where page.kind == .resource && !page.isSectionPage {
            guard let details = page.details as? ResourceDetails else { continue }
            switch ResourceFreshness(checked: details.lastChecked?.value, today: today) {
            case .stale(let day):
                let location = details.lastChecked?.location ?? SourceLocation(file: page.source)
                stale.append((StaleEntry(location: location, title: page.title, lastChecked: day.description), day.daysSinceEpoch))
            case .neverChecked:
                stale.append((StaleEntry(location: SourceLocation(file: page.source), title: page.title, lastChecked: nil), Int.min))
            case .fresh, .future:
                break
            }
        }
        return stale.sorted { ($0.days, $0.entry.location) < ($1.days, $1.entry.location) }.map(\.entry)
    }
}
