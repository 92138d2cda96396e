import SiteKit
import Templates

/// The pages the preview server shows itself: the diagnostics of a failed build, « page introuvable », « accès refusé ».
///
/// Everything they show that comes from a request or a file is HTML-escaped.
public enum PreviewPages {
    /// The overlay shown instead of the site while its latest build fails: every diagnostic, errors first.
    public static func failedBuild(_ diagnostics: [Diagnostic], excerpts: [SourceLocation: SourceExcerpt] = [:], build: Int) -> [UInt8] {
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        let items = ordered.map { diagnostic in
            // The line the diagnostic points at, and a caret under its column, as in the terminal.
            let excerpt = excerpts[diagnostic.location].map { "<pre>\(HTMLEscaping.escape($0.lines.joined(separator: "\n")))</pre>" } ?? ""
            return "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(HTMLEscaping.escape(diagnostic.description))</code>\(excerpt)</li>"
        }
        let errors = ordered.filter { $0.severity == .error }.count
        let body = """
            <h1>Le site ne peut pas être construit</h1>
            <p>\(errors == 1 ? "Une erreur empêche" : "\(errors) erreurs empêchent") de construire le site. \
            Corrigez le fichier indiqué et enregistrez-le : cette page se rechargera d’elle-même.</p>
            <ul class="diagnostics">
            \(items.joined(separator: "\n"))
            </ul>
            """
        return page(title: "Erreur de construction", body: body, build: build)
    }

    /// The page for a path that leads to nothing, when the site has no `404.html` of its own.
    public static func notFound(path: String, build: Int) -> [UInt8] {
        page(title: "Page introuvable", body: """
            <h1>Page introuvable</h1>
            <p>Aucune page du site n’est à l’adresse <code>\(HTMLEscaping.escape(path))</code>.</p>
            <p><a href="/">Retour à l’accueil</a></p>
            """, build: build)
    }

    /// The page shown while the first build runs; it reloads itself when the build is done.
    public static func building(build: Int) -> [UInt8] {
        page(title: "Construction en cours", body: """
            <h1>Construction du site en cours…</h1>
            <p>La page s’affichera dès que le site sera construit.</p>
            """, build: build)
    }

    /// The page for a path that is refused (it tries to leave the site's output).
    public static func forbidden(path: String, build: Int) -> [UInt8] {
        page(title: "Accès refusé", body: """
            <h1>Accès refusé</h1>
            <p>L’adresse <code>\(HTMLEscaping.escape(path))</code> ne désigne pas un fichier du site.</p>
            """, build: build)
    }

    /// The page for a request that names another host than the preview's own (DNS rebinding): it gets no reload script.
    public static func wrongHost(_ host: String?) -> [UInt8] {
        Array(("""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Hôte refusé – aperçu clsm</title></head>
            <body>
            <h1>Hôte refusé</h1>
            <p>L’aperçu de clsm ne répond qu’aux adresses de cette machine, et cette requête s’adresse à             <code>\(HTMLEscaping.escape(host ?? "(aucun hôte)"))</code>. Ouvrez l’adresse que <code>clsm serve</code>             a affichée, ou ajoutez ce nom avec <code>--allow-host</code>.</p>
            </body>
            </html>

            """).utf8)
    }

    private static func page(title: String, body: String, build: Int) -> [UInt8] {
        let html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) – aperçu clsm</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
            h1 { font-size: 1.5rem; }
            .diagnostics { list-style: none; padding: 0; }
            .diagnostics li { margin: .5rem 0; padding: .5rem .75rem; border-left: .3rem solid #b00020; background: #fdecee; }
            .diagnostics li.warning { border-color: #8a5a00; background: #fff6e0; }
            code { white-space: pre-wrap; word-break: break-word; }
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
        return ReloadScript.inject(into: Array(html.utf8), build: build)
    }
}
