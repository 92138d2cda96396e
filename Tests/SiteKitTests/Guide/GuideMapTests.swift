import Foundation
@testable import SiteKit
import Testing
import TestSupport

/// The guide's map: its page, the copy of Leaflet from the packages' folder, and the error when a package is missing.
@Suite struct GuideMapTests {
    static let site = Fixtures.root + "/guide-map"

    /// A folder laid out as Debian's `/usr/share/javascript`, with the files of the packages named.
    static func javascriptFolder(packages: Set<String>) -> TemporaryFolder {
        let folder = TemporaryFolder()
        for file in MapLibraries.files where packages.contains(file.package) {
            let path = folder.path + "/" + file.path
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(file.path.utf8))
        }
        return folder
    }

    /// The fixture built with the files of `packages` in its JavaScript folder.
    static func render(packages: Set<String>) -> ([OutputFile]?, DiagnosticLog) {
        let javascript = javascriptFolder(packages: packages)
        var context = BuildContext(now: Fixtures.now)
        context.javascriptDirectory = javascript.path
        return Fixtures.render(siteAt: site, context: context)
    }

    @Test func theLibrariesAreCopiedFromThePackagesFolder() throws {
        let javascript = Self.javascriptFolder(packages: ["libjs-leaflet", "libjs-leaflet.markercluster"])
        let folder = javascript.path
        var context = BuildContext(now: Fixtures.now)
        context.javascriptDirectory = folder
        let (built, log) = Fixtures.render(siteAt: Self.site, context: context)
        let files = try #require(built, "\(log.entries)")
        var copies: [String: String] = [:]
        for file in files {
            if case .copy(let source) = file.contents, file.path.hasPrefix("vendor/") { copies[file.path] = source }
        }
        #expect(copies == [
            "vendor/leaflet/leaflet.js": folder + "/leaflet/leaflet.js",
            "vendor/leaflet/leaflet.css": folder + "/leaflet/leaflet.css",
            "vendor/leaflet/images/layers.png": folder + "/leaflet/images/layers.png",
            "vendor/leaflet/images/layers-2x.png": folder + "/leaflet/images/layers-2x.png",
            "vendor/leaflet/images/marker-icon.png": folder + "/leaflet/images/marker-icon.png",
            "vendor/leaflet/images/marker-icon-2x.png": folder + "/leaflet/images/marker-icon-2x.png",
            "vendor/leaflet/images/marker-shadow.png": folder + "/leaflet/images/marker-shadow.png",
            "vendor/leaflet/leaflet.markercluster.js": folder + "/leaflet/leaflet.markercluster.js",
            "vendor/leaflet/MarkerCluster.css": folder + "/leaflet/MarkerCluster.css",
            "vendor/leaflet/MarkerCluster.Default.css": folder + "/leaflet/MarkerCluster.Default.css",
        ])
    }

    @Test func theMapPageListsEveryEntryByCommuneAndPlacesThoseWithCoordinates() throws {
        let (built, log) = Self.render(packages: ["libjs-leaflet", "libjs-leaflet.markercluster"])
        let files = try #require(built, "\(log.entries)")
        guard let html = try #require(files.first { $0.path == "guide/carte/index.html" }).contents.text else {
            Issue.record("the map page is not text")
            return
        }
        #expect(html.contains("data-tiles=\"https://tuiles.example.org/{z}/{x}/{y}.png\""))
        #expect(html.contains("data-attribution=\"Tuiles &lt;d’essai&gt; &amp; données\""))
        #expect(html.contains("<h3 id=\"carte-metz\">Metz</h3>"))
        #expect(html.contains("<h3 id=\"carte-woippy\">Woippy</h3>"))
        #expect(html.contains("data-lat=\"49.1197\" data-lon=\"6.1757\""))
        #expect(html.components(separatedBy: "data-lat=").count == 2)
        #expect(html.contains("<a class=\"phone\" href=\"tel:+33387000001\" data-map-phone>03 87 00 00 01</a>"))
        #expect(html.contains("Afficher la carte (fond Tuiles d’essai)"))
        #expect(html.contains("1 ressource a une position sur la carte"))
        guard let legal = try #require(files.first { $0.path == "accessibilite/index.html" }).contents.text else { return }
        #expect(legal.contains("<strong>tuiles.example.org</strong>"))
    }

    @Test func aMissingPackageIsNamedAtTheMapSetting() {
        let javascript = Self.javascriptFolder(packages: ["libjs-leaflet"])
        let folder = javascript.path
        var context = BuildContext(now: Fixtures.now)
        context.javascriptDirectory = folder
        let (files, log) = Fixtures.render(siteAt: Self.site, context: context)
        #expect(files == nil)
        #expect(log.sorted.map { $0.line(in: .english) } == [
            "site.yml:7:3: error: the guide's map needs the Debian package `libjs-leaflet.markercluster` "
                + "(`apt-get install libjs-leaflet.markercluster`): \(folder)/leaflet/leaflet.markercluster.js is missing; "
                + "set CLSM_JAVASCRIPT_DIR to the folder that holds `leaflet/` if it is installed elsewhere, or remove `map` from `guide`",
        ])
    }
}
