import ArgumentParser
import Foundation
import SiteKit

/// `--lang fr|en`: the language clsm writes its messages in.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The language of the messages: fr or en (default: CLSM_LANG, else the site's language, else fr).")
    var language: String?

    /// Refuses a language the messages are not written in, while the command's usage can still be shown.
    func validate() throws {
        if let language, MessageLanguage(code: language) == nil {
            throw ValidationError("--lang must be fr or en, not \(language)")
        }
    }

    /// The language of a run on `site` (a folder as given, relative to `cwd`): `--lang`, `CLSM_LANG`, the site's `language`.
    func resolve(site: String?, cwd: String = FileManager.default.currentDirectoryPath) -> MessageLanguage {
        let siteLanguage = site.flatMap { site -> String? in
            let path = (site.hasPrefix("/") ? site : cwd + "/" + site) + "/site.yml"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return MessageLanguage.declared(inSiteFile: text)
        }
        return MessageLanguage.chosen(option: language, environment: ProcessInfo.processInfo.environment, siteLanguage: siteLanguage)
    }
}
