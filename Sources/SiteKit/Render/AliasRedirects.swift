import Templates

/// Pages left at old URLs (`aliases:`) that send visitors to the page's URL.
enum AliasRedirects {
    /// One redirect page for each alias of each page; unsafe or taken aliases are recorded in `log`.
    static func render(site: ResolvedSite, taken: Set<String>, log: inout DiagnosticLog) -> [OutputFile] {
        var files: [OutputFile] = []
        var claimed = taken
        for entry in site.pages {
            for alias in entry.page.aliases {
                guard let path = OutputPaths.aliasPath(alias.value) else {
                    log.error(.aliasNotPath(alias.value), at: alias.location)
                    continue
                }
                guard claimed.insert(path).inserted else {
                    log.error(.aliasTaken(alias.value), at: alias.location)
                    continue
                }
                let target = site.config.baseURL.absolute(entry.urlPath)
                files.append(OutputFile(path: path, contents: .text(redirectPage(to: target, title: entry.page.title))))
            }
        }
        return files
    }

    private static func redirectPage(to url: String, title: String) -> String {
        let href = HTMLEscaping.escape(url)
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLEscaping.escape(title))</title>
            <link rel="canonical" href="\(href)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(href)">
            </head>
            <body>
            <p>Cette page a changé d’adresse : <a href="\(href)">\(HTMLEscaping.escape(title))</a>.</p>
            </body>
            </html>

            """
    }
}
