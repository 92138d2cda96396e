import Foundation
@testable import SiteKit
import Testing

/// The guide's PDF: its dates are the build's "now", and a missing Chromium is said at the setting.
@Suite struct GuidePDFTests {
    @Test func theDatesBecomeTheBuildsNowWithTheirLength() {
        let pdf = Array("<</CreationDate (D:20261207182306+00'00')\n/ModDate (D:20261207182307+00'00')>>".utf8)
        let dated = GuidePDF.dated(pdf, at: Date(timeIntervalSince1970: 1_760_263_200))
        #expect(String(decoding: dated, as: UTF8.self)
            == "<</CreationDate (D:20251012100000+00'00')\n/ModDate (D:20251012100000+00'00')>>")
    }

    @Test func aMissingChromiumIsReportedAtThePDFKey() throws {
        var log = DiagnosticLog()
        let paths = GuidePaths(folder: "guide")
        let made = GuidePDF.make(binary: nil, folder: "/tmp", paths: paths, baseURL: try #require(BaseURL("https://example.org/")),
                                 now: Date(), at: SourceLocation(file: "site.yml", line: 4, column: 3), log: &log)
        #expect(!made)
        #expect(log.entries.map { $0.line(in: .english) } == [
            "site.yml:4:3: error: the guide's PDF needs Chromium, which is not on PATH: install it with `apt-get install chromium`, "
                + "or set CLSM_CHROMIUM to its binary",
        ])
    }
}
