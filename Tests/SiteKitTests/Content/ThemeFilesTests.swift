import Foundation
@testable import SiteKit
import Testing

/// The shared theme's own files: its strings in both languages, its national emergency numbers.
@Suite struct ThemeFilesTests {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/clsm").path

    private func strings(_ language: String) throws -> [String: String] {
        var log = DiagnosticLog()
        let folder = try #require(SiteFolder(path: Self.theme, cwd: "/"))
        let strings = ThemeStrings.load(directory: Self.theme, language: language, folder: folder, log: &log)
        #expect(log.entries.isEmpty)
        return try #require(strings)
    }

    @Test func frenchAndEnglishHaveTheSameKeys() throws {
        let french = try strings("fr"), english = try strings("en")
        #expect(!french.isEmpty)
        #expect(Set(french.keys).symmetricDifference(english.keys).sorted() == [])
    }

    @Test func frenchStringsAreTypeset() throws {
        #expect(try strings("fr")["accessibility_none"] == "Accessibilité\u{00A0}: non conforme")
        #expect(try strings("en")["accessibility_none"] == "Accessibility: not compliant")
    }

    @Test func theNationalEmergencyNumbersAreRead() throws {
        var log = DiagnosticLog()
        let folder = try #require(SiteFolder(path: Self.theme, cwd: "/"))
        let numbers = ThemeData.emergencyNumbers(themeDirectory: Self.theme, folder: folder, log: &log)
        #expect(log.entries.map { $0.line(in: .english) } == [])
        #expect(numbers.map(\.number.display) == ["3114", "15", "112", "114", "09 72 39 40 50", "0 800 235 236"])
        #expect(numbers.filter(\.isSMS).map(\.number.display) == ["114"])
    }
}
