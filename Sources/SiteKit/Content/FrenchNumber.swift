/// Numbers written the French way.
enum FrenchNumber {
    /// `72`, `72,5`: a decimal comma, at most two decimals, no trailing zero.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(hundredths / 100)
        var fraction = String(hundredths % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "," + fraction
    }
}
