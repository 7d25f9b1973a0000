/// Shows metric values the way the plan declares them: `3.5%`, `¥1,200,000`, `20,000`.
///
/// Magnitudes from 10¹⁵ up (beyond any real target, but an import can hold a 400-digit
/// cell) are written in scientific notation with three significant digits, `1.23×10²⁸`;
/// below that digits are grouped. A value that is not finite is `—`: it must not reach a
/// report, and if it does it is never shown as `inf` or `nan`.
public enum ValueFormatter {
    /// From this magnitude on, scientific notation.
    public static let scientificFrom = 1e15

    public static func format(_ value: Double, as format: Metric.Format?, unit: String? = nil) -> String {
        guard value.isFinite else { return notANumber }
        switch format {
        case .percent:
            // ×100 could overflow: the exponent is raised instead.
            if abs(value) * 100 >= scientificFrom { return scientific(value, exponentShift: 2) + "%" }
            return trimmed(value * 100, maxFraction: 2) + "%"
        case .currency:
            let text = grouped(abs(value), maxFraction: 2)
            let sign = value < 0 && text != "0" ? "-" : ""
            return unit == nil || unit == "CNY" || unit == "元" ? sign + "¥" + text : sign + text + " " + (unit ?? "")
        case .integer:
            return grouped(value.rounded(), maxFraction: 0) + (unit.map { " " + $0 } ?? "")
        case .number, nil:
            return grouped(value, maxFraction: 2) + (unit.map { " " + $0 } ?? "")
        }
    }

    /// The value as `format` in `numbers`' style: with `.cn`, a magnitude of 10,000 or more
    /// (not a rate) in 万 or 亿 with at most two decimals — `¥267万`, `1.2亿 人`, `-3.5万`.
    public static func format(_ value: Double, as format: Metric.Format?, unit: String? = nil, numbers: NumberStyle) -> String {
        guard numbers == .cn, format != .percent, value.isFinite, abs(value) >= 1e4, abs(value) < scientificFrom else {
            return self.format(value, as: format, unit: unit)
        }
        let (scale, word) = abs(value) >= 1e8 ? (1e8, "亿") : (1e4, "万")
        let text = trimmed(abs(value) / scale, maxFraction: 2) + word
        let sign = value < 0 ? "-" : ""
        if format == .currency {
            return unit == nil || unit == "CNY" || unit == "元" ? sign + "¥" + text : sign + text + " " + (unit ?? "")
        }
        return sign + text + (unit.map { " " + $0 } ?? "")
    }

    /// A change as `change(_:as:unit:)` writes it, in `numbers`' style.
    public static func change(_ value: Double, as format: Metric.Format?, unit: String? = nil, numbers: NumberStyle) -> String {
        guard numbers == .cn, format != .percent else { return change(value, as: format, unit: unit) }
        let text = self.format(value, as: format, unit: unit, numbers: numbers)
        return text.hasPrefix("-") || text == notANumber ? text : "+" + text
    }

    /// A difference of two values: always signed, and for a rate in percentage points
    /// (`-0.38 pt`), so that a drop from 3.5% to 3.12% cannot be read as a relative −0.38%.
    public static func change(_ value: Double, as format: Metric.Format?, unit: String? = nil) -> String {
        guard value.isFinite else { return notANumber }
        let text = format == .percent
            ? (abs(value) * 100 >= scientificFrom ? scientific(value, exponentShift: 2) : trimmed(value * 100, maxFraction: 2)) + " pt"
            : self.format(value, as: format, unit: unit)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// Thousands separated by commas, at most `maxFraction` decimals, trailing zeros dropped.
    public static func grouped(_ value: Double, maxFraction: Int) -> String {
        guard value.isFinite else { return notANumber }
        if abs(value) >= scientificFrom { return scientific(value) }
        let text = trimmed(abs(value), maxFraction: maxFraction)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let sign = value < 0 && text != "0" ? "-" : ""
        return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// At most `maxFraction` decimals, trailing zeros dropped, no grouping: `0.35`, `-12`.
    /// Never in exponent form: `0.00005`, and `1.23×10²⁸` from 10¹⁵ up.
    public static func trimmed(_ value: Double, maxFraction: Int) -> String {
        guard value.isFinite else { return notANumber }
        if abs(value) >= scientificFrom { return scientific(value) }
        // The value in units of 10⁻ᶠ must fit an Int; fewer decimals for the very large.
        var fraction = max(0, min(maxFraction, 15))
        var scale = 1.0
        for _ in 0..<fraction { scale *= 10 }
        while fraction > 0, abs(value) * scale >= 9e18 {
            fraction -= 1
            scale /= 10
        }
        let units = Int((value * scale).rounded())
        var divisor = 1
        for _ in 0..<fraction { divisor *= 10 }
        let whole = String(units.magnitude / UInt(divisor))
        var decimals = fraction == 0 ? "" : String(units.magnitude % UInt(divisor))
        if !decimals.isEmpty {
            decimals = String(repeating: "0", count: fraction - decimals.count) + decimals
            while decimals.hasSuffix("0") { decimals.removeLast() }
        }
        let sign = units < 0 ? "-" : ""
        return sign + whole + (decimals.isEmpty ? "" : "." + decimals)
    }

    /// What a value that is not finite shows as.
    public static let notANumber = "—"

    /// `1.23×10²⁸`: three significant digits, trailing zeros dropped. The digits are read
    /// from the value's shortest round-trip text, so no power of ten is computed.
    static func scientific(_ value: Double, exponentShift: Int = 0) -> String {
        guard value.isFinite else { return notANumber }
        guard value != 0 else { return "0" }
        let text = abs(value).description
        var mantissa: Double
        var exponent: Int
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = Double(text[..<e]) ?? 0
            exponent = Int(text[text.index(after: e)...]) ?? 0
        } else {
            // "1234567890123456.0": the exponent is the number of whole digits less one.
            let whole = text.split(separator: ".").first.map(String.init) ?? text
            exponent = whole.count - 1
            let digits = whole + (text.split(separator: ".").dropFirst().first.map(String.init) ?? "")
            mantissa = Double(digits.prefix(1) + "." + digits.dropFirst()) ?? 0
        }
        mantissa = (mantissa * 100).rounded() / 100
        if mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        exponent += exponentShift
        let sign = value < 0 ? "-" : ""
        return sign + trimmed(mantissa, maxFraction: 2) + "×10" + superscript(exponent)
    }

    private static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return (number < 0 ? "⁻" : "") + String(number.magnitude).map { digits[Int(String($0)) ?? 0] }.map(String.init).joined()
    }
}
