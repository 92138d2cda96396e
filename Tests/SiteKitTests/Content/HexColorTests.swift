@testable import SiteKit
import Testing

/// Colours reach the theme's CSS only as `#rrggbb`, and their contrast is the WCAG one.
@Suite struct HexColorTests {
    @Test(arguments: [
        ("#1f4e79", "#1f4e79"), ("#1F4E79", "#1f4e79"), ("#fff", "#ffffff"), ("#0a3", "#00aa33"),
    ])
    func readsBothForms(_ written: String, _ normalised: String) {
        #expect(HexColor(written)?.description == normalised)
    }

    @Test(arguments: ["1f4e79", "#1f4e7", "#1f4e79ff", "#ggg", "blue", "", "#", " #fff", "#fff;}", "#１２３"])
    func refusesEverythingElse(_ written: String) {
        #expect(HexColor(written) == nil)
    }

    @Test func contrastIsTheWCAGRatio() throws {
        let black = try #require(HexColor("#000")), white = try #require(HexColor("#fff"))
        #expect(black.contrast(with: white) == 21)
        #expect(white.contrast(with: white) == 1)
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
        #expect(try #require(HexColor("#767676")).contrast(with: white) >= 4.5)
        #expect(try #require(HexColor("#777777")).contrast(with: white) < 4.5)
        #expect(try #require(HexColor("#1f4e79")).contrast(with: white) == white.contrast(with: #require(HexColor("#1f4e79"))))
    }
}
