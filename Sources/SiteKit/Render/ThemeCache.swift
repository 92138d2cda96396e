import Synchronization

/// Themes loaded once for the many sites of one `clsm build SITE…` run: a site whose theme folder and language are
/// another's, with no `layouts/` of its own, renders with the theme that site loaded. Only a theme that loaded without
/// any diagnostic is kept, so a site gets exactly what loading it again would give.
public final class ThemeCache: Sendable {
    private let themes = Mutex<[String: Theme]>([:])

    /// An empty cache, for one run.
    public init() {}

    /// The theme kept under `key`, if any.
    func theme(_ key: String) -> Theme? {
        themes.withLock { $0[key] }
    }

    /// Keeps `theme` under `key`.
    func keep(_ theme: Theme, as key: String) {
        themes.withLock { $0[key] = theme }
    }
}
