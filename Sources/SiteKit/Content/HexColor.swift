/// A colour written `#rgb` or `#rrggbb`, the only forms that reach the theme's CSS.
public struct HexColor: Sendable, Equatable, CustomStringConvertible {
    /// Red, green and blue from 0 to 255.
    public let red: Int, green: Int, blue: Int

    /// White, the theme's background unless a site sets `background_color`.
    static let white = HexColor(red: 255, green: 255, blue: 255)

    private init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#1f4e79` or `#fff` (either case); nil for anything else.
    public init?(_ text: String) {
        guard text.first == "#" else { return nil }
        let digits = Array(text.dropFirst())
        guard digits.count == 3 || digits.count == 6,
              digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        let pairs = digits.count == 3 ? digits.map { [$0, $0] } : stride(from: 0, to: 6, by: 2).map { Array(digits[$0..<$0 + 2]) }
        let values = pairs.compactMap { Int(String($0), radix: 16) }
        guard values.count == 3 else { return nil }
        self.init(red: values[0], green: values[1], blue: values[2])
    }

    /// `#1f4e79`: lower case, six digits.
    public var description: String {
        "#" + [red, green, blue].map { value in
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The WCAG contrast ratio with `other`, from 1 (none) to 21 (black on white).
    public func contrast(with other: HexColor) -> Double {
        let (light, dark) = luminance >= other.luminance ? (luminance, other.luminance) : (other.luminance, luminance)
        return (light + 0.05) / (dark + 0.05)
    }

    /// The WCAG relative luminance.
    private var luminance: Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }
}

import Foundation
