import Synchronization

/// Themes loaded once for the many sites of one `clsm build SITE…` run: a site whose theme folder and language are
/// another's, with no `layouts/` of its own, renders with the theme that site loaded. Only a theme that loaded without
/// any diagnostic is kept, so a site gets exactly what loading it again would give.
public final class ThemeCache: Sendable {
    private let themes = Mutex<[String: Theme]>([:])
    private let loadCount = Atomic<Int>(0)

    /// An empty cache, for one run.
    public init() {}

    /// How many times a theme was loaded through the cache.
    var loads: Int { loadCount.load(ordering: .relaxed) }

    /// The theme kept under `key`, else the one `load` gives (with whether it loaded without any diagnostic), kept
    /// when it did. Loading holds the cache: sites started together wait for the first one's theme instead of each
    /// loading it again.
    func theme(_ key: String, load: () -> (theme: Theme?, isClean: Bool)) -> Theme? {
        themes.withLock { themes in
            if let known = themes[key] { return known }
            loadCount.add(1, ordering: .relaxed)
            let loaded = load()
            if let theme = loaded.theme, loaded.isClean { themes[key] = theme }
            return loaded.theme
        }
    }
}
