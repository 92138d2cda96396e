import SiteKit

/// The lines that say how a site's run went, in the language of the messages: each is written in both languages.
struct RunSummary {
    let language: MessageLanguage

    /// `metz : 120 fichiers construits dans public, avec 3 avertissements`.
    func built(_ site: String, files: Int, into output: String, warnings: Int) -> String {
        text(fr: "\(site) : \(count(files, "fichier")) \(files > 1 ? "construits" : "construit") dans \(output)\(withWarnings(warnings, fr: true))",
             en: "\(site): built \(count(files, "file")) into \(output)\(withWarnings(warnings, fr: false))")
    }

    /// `metz : 120 fichiers vérifiés, avec 3 avertissements`.
    func checked(_ site: String, files: Int, warnings: Int) -> String {
        text(fr: "\(site) : \(count(files, "fichier")) \(files > 1 ? "vérifiés" : "vérifié")\(withWarnings(warnings, fr: true))",
             en: "\(site): checked \(count(files, "file")), \(count(warnings, "warning"))")
    }

    /// `metz : 2 erreurs, 3 avertissements ; le site produit n'a pas été modifié`.
    func failed(_ site: String, errors: Int, warnings: Int, isBuild: Bool) -> String {
        text(fr: "\(site) : \(count(errors, "erreur")), \(count(warnings, "avertissement"))\(isBuild ? " ; le site produit n'a pas été modifié" : "")",
             en: "\(site): \(count(errors, "error")), \(count(warnings, "warning"))\(isBuild ? "; the output was not changed" : "")")
    }

    private func withWarnings(_ warnings: Int, fr: Bool) -> String {
        guard warnings > 0 else { return "" }
        return fr ? ", avec \(count(warnings, "avertissement"))" : ", with \(count(warnings, "warning"))"
    }

    private func text(fr: String, en: String) -> String {
        language == .french ? fr : en
    }

    /// `2 warnings`, `1 warning`, `0 warnings`; in French 0 and 1 take the singular (`0 avertissement`).
    private func count(_ number: Int, _ word: String) -> String {
        let plural = language == .french ? number > 1 : number != 1
        return "\(number) \(word)\(plural ? "s" : "")"
    }
}
