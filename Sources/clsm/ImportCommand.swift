import ArgumentParser
import Foundation
import SiteKit

/// `clsm import ressources.csv`: the rows of a spreadsheet become entries of the guide.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a spreadsheet (CSV) of resources into the guide: one entry per row.",
        discussion: """
            Columns are named by French headings (« Nom », « Catégorie », « Commune », « Adresse »…, see \
            docs/guide-data.md). Every row is checked as a content file is; nothing is written while a row has an \
            error, unless --skip-invalid. Importing again updates the entries the import made, keeping the text \
            written below their front matter. Exit status: 0 when every row was imported, 1 otherwise.
            """
    )

    @Argument(help: "The spreadsheet, saved as CSV (separated by ; or ,), in UTF-8 or Windows-1252.")
    var spreadsheet: String

    @Option(help: "The site folder.")
    var site = "."

    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("dry-run"), help: "Check every row and say what would be written, writing nothing.")
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: "Write the valid rows even when others have errors.")
    var skipInvalid = false

    @Flag(help: "Replace the front matter of entries the import did not make (their text is kept).")
    var force = false

    @Option(help: "The spreadsheet's encoding, utf-8 or windows-1252 (default: detected).")
    var encoding: SpreadsheetEncoding?

    @Option(help: "A YAML file of `Heading: key` lines naming other columns (`Ville: commune`).")
    var mapping: String?

    @Option(help: "Today, for the check of `updated`, ISO 8601; else SOURCE_DATE_EPOCH; else the clock.")
    var now: String?

    func validate() throws {
        _ = try NowOption.resolve(now)
    }

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let messages = language.resolve(site: site, cwd: cwd)
        guard let folder = SiteFolder(path: site, cwd: cwd) else {
            Console.error(ReportedDiagnostic(site: site, severity: .error, message: .noSuchSiteFolder()).humanLine(in: messages))
            throw ExitCode(1)
        }
        var options = GuideImport.Options()
        options.encoding = encoding
        options.mapping = mapping.map { (Self.absolute($0, cwd: cwd), $0) }
        options.skipInvalid = skipInvalid
        options.force = force
        options.dryRun = dryRun
        var log = DiagnosticLog()
        let outcome = GuideImport(folder: folder, options: options, now: try NowOption.resolve(now))
            .run(spreadsheet: Self.absolute(spreadsheet, cwd: cwd), named: spreadsheet, log: &log)
        for diagnostic in log.sorted {
            let isSiteFile = diagnostic.location.file != spreadsheet && diagnostic.location.file != mapping
            Console.error(isSiteFile ? ReportedDiagnostic(diagnostic, site: site).humanLine(in: messages) : diagnostic.line(in: messages))
        }
        guard let outcome else { throw ExitCode(1) }
        ImportSummary(outcome: outcome, site: site, dryRun: dryRun).lines.forEach(Console.output)
        if !outcome.skippedRows.isEmpty || log.hasErrors { throw ExitCode(1) }
    }

    private static func absolute(_ path: String, cwd: String) -> String {
        path.hasPrefix("/") ? path : cwd + "/" + path
    }
}

extension SpreadsheetEncoding: ExpressibleByArgument {}
