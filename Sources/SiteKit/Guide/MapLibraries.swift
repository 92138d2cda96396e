/// Leaflet and its marker-cluster plugin, as Debian installs them, copied into the site under `vendor/leaflet/`:
/// the map's code is served by the site itself, never by a CDN.
enum MapLibraries {
    /// Where the files go in the output.
    static let outputFolder = "vendor/leaflet/"

    /// Each file: the package that installs it, and its path under the JavaScript folder (`/usr/share/javascript`).
    static let files: [(package: String, path: String)] = [
        ("libjs-leaflet", "leaflet/leaflet.js"),
        ("libjs-leaflet", "leaflet/leaflet.css"),
        ("libjs-leaflet", "leaflet/images/layers.png"),
        ("libjs-leaflet", "leaflet/images/layers-2x.png"),
        ("libjs-leaflet", "leaflet/images/marker-icon.png"),
        ("libjs-leaflet", "leaflet/images/marker-icon-2x.png"),
        ("libjs-leaflet", "leaflet/images/marker-shadow.png"),
        ("libjs-leaflet.markercluster", "leaflet/leaflet.markercluster.js"),
        ("libjs-leaflet.markercluster", "leaflet/MarkerCluster.css"),
        ("libjs-leaflet.markercluster", "leaflet/MarkerCluster.Default.css"),
    ]

    /// The output paths of the files.
    static var outputPaths: [String] {
        files.map { outputFolder + $0.path.dropFirst("leaflet/".count) }
    }

    /// True when every file is in `directory`; otherwise each package whose files are missing is reported once, at
    /// `location` (the `map:` key of site.yml).
    static func areInstalled(in directory: String, for location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        var missing: [String: String] = [:]
        for file in files where missing[file.package] == nil && !FileSystem.isFile(directory + "/" + file.path) {
            missing[file.package] = directory + "/" + file.path
        }
        for (package, source) in missing.sorted(by: { $0.key < $1.key }) {
            log.error(.mapLibraryMissing(package: package, source: source),
                      at: location)
        }
        return missing.isEmpty
    }

    /// The files, copied from `directory`.
    static func copies(from directory: String) -> [OutputFile] {
        zip(files, outputPaths).map { file, output in OutputFile(path: output, contents: .copy(from: directory + "/" + file.path)) }
    }
}
