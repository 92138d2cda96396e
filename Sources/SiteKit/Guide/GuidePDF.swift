import Foundation

/// `guide-des-ressources.pdf`: the guide's print page printed to PDF by headless Chromium, once every page is
/// written (`guide.pdf: true` in site.yml, or `clsm build --pdf`).
public enum GuidePDF {
    /// The environment variable that names Chromium's binary.
    public static let binaryVariable = "CLSM_CHROMIUM"
    /// The page handed to Chromium, written beside the output's files for the time of the print, then removed.
    static let sourceName = ".clsm-guide-pdf.html"

    /// Chromium: `CLSM_CHROMIUM` when set, else `chromium`, `chromium-browser` or `google-chrome` on `PATH`.
    public static func findBinary(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment[binaryVariable], !named.isEmpty { return named }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] where FileSystem.isFile(folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// `guide.pdf` of site.yml's `guide` block: where `pdf: true` was written; nil when absent or false.
    static func read(guide: YAMLNode?, log: inout DiagnosticLog) -> SourceLocation? {
        guard let entries = guide?.entries, let entry = entries.first(where: { $0.key == "pdf" && !$0.value.isNull }) else { return nil }
        var fields = FieldReader(entries, at: entry.keyLocation)
        return fields.bool("pdf", log: &log) == true ? entry.keyLocation : nil
    }

    /// Prints the print page written in `folder` into the PDF beside it; false (reason in `log`, at `location`) when
    /// Chromium is missing or fails. The page's stylesheets are read from `folder`, its links lead to the published site.
    static func make(binary: String?, folder: String, paths: GuidePaths, baseURL: BaseURL, now: Date, at location: SourceLocation,
                     log: inout DiagnosticLog) -> Bool {
        guard let binary, FileSystem.isFile(binary) else {
            log.error(.chromiumMissing(at: binary, variable: binaryVariable), at: location)
            return false
        }
        let page = Path.join(folder, paths.print + "index.html")
        guard let bytes = FileSystem.read(page) else {
            log.error(.printPageMissing(paths.print), at: location)
            return false
        }
        let source = Path.join(folder, sourceName)
        defer { FileSystem.removeTree(source) }
        guard FileSystem.write(localized(String(decoding: bytes, as: UTF8.self), folder: folder, baseURL: baseURL), to: source) else {
            log.error(.cannotWriteFile(source), at: location)
            return false
        }
        let output = Path.join(folder, paths.pdf)
        let arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                         "--generate-pdf-document-outline", "--virtual-time-budget=10000",
                         "--print-to-pdf=" + output, URL(fileURLWithPath: source).absoluteString]
        let ran: (status: Int32, errors: [String])
        do {
            ran = try ExternalProgram.run(binary, arguments)
        } catch {
            log.error(.cannotRunChromium(binary, error: error.localizedDescription), at: location)
            return false
        }
        guard ran.status == 0, let printed = FileSystem.read(output), FileSystem.write(dated(printed, at: now), to: output) else {
            log.error(.chromiumFailed(status: ran.status, detail: ran.errors.last), at: location)
            return false
        }
        return true
    }

    /// The PDF with its creation and change dates set to the build's "now" (UTC), instead of the clock's: the same
    /// sources give the same bytes. The dates keep their length, so the file's offsets stay right.
    static func dated(_ pdf: [UInt8], at now: Date) -> [UInt8] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let digits = [(parts.year ?? 1970, 4), (parts.month ?? 1, 2), (parts.day ?? 1, 2), (parts.hour ?? 0, 2), (parts.minute ?? 0, 2),
                      (parts.second ?? 0, 2)].map { value, width in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }.joined()
        var bytes = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while index + pattern.count + 14 <= bytes.count {
                if bytes[index..<index + pattern.count].elementsEqual(pattern),
                   bytes[index + pattern.count..<index + pattern.count + 14].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    bytes.replaceSubrange(index + pattern.count..<index + pattern.count + 14, with: Array(digits.utf8))
                    index += pattern.count + 14
                } else {
                    index += 1
                }
            }
        }
        return bytes
    }

    /// The page with its stylesheets, scripts and images read from `folder`, and its other links absolute, so that
    /// the PDF's links lead to the published site.
    static func localized(_ html: String, folder: String, baseURL: BaseURL) -> String {
        let local = URL(fileURLWithPath: folder).absoluteString
        let root = baseURL.path
        return html
            .replacingOccurrences(of: "<link rel=\"stylesheet\" href=\"" + root, with: "<link rel=\"stylesheet\" href=\"" + local)
            .replacingOccurrences(of: " src=\"" + root, with: " src=\"" + local)
            .replacingOccurrences(of: " href=\"" + root, with: " href=\"" + baseURL.origin + root)
    }
}
